package io.meridian.app;

import io.meridian.cli.MeridianCommand;
import javafx.application.Application;

/**
 * Entry point of the jar. A plain class, not an {@link Application}: the JavaFX launcher refuses to start
 * an Application subclass from the classpath without modules, but starts it fine when called from here.
 * No arguments opens the desktop app; one argument that is a design file ({@code *.meridian}, {@code *.json}: how the
 * installed app is started on a file it is associated with) opens the app on it; any other argument runs the command
 * line and exits with its code.
 */
public final class Main {
    private Main() {
    }

    public static void main(String[] args) {
        if (args.length == 0 || opensADesign(args)) {
            try {
                Application.launch(MeridianApp.class, args);
            } catch (RuntimeException e) {
                // No display, or no GTK 3 on Linux: say what is missing in one line instead of a stack trace.
                System.err.println("meridian: cannot open the desktop window: " + e.getMessage()
                        + (System.getenv("DISPLAY") == null && System.getProperty("os.name").startsWith("Linux")
                        ? " (no DISPLAY set)" : "")
                        + ". On Linux JavaFX needs GTK 3 (e.g. apt-get install libgtk-3-0) and a display; "
                        + "the command line works without either: ./meridian --help");
                System.exit(MeridianCommand.BAD_INPUT);
            }
        } else {
            System.exit(MeridianCommand.run(args));
        }
    }

    /** A single argument naming an existing design file: the desktop opens it (a command never has that form). */
    static boolean opensADesign(String[] args) {
        if (args.length != 1 || !(args[0].endsWith(".meridian") || args[0].endsWith(".json"))) {
            return false;
        }
        try {
            return java.nio.file.Files.isRegularFile(java.nio.file.Path.of(args[0]));
        } catch (RuntimeException e) {
            return false; // not a path at all: the command line will say what is wrong with it
        }
    }
}
