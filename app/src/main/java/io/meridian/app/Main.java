package io.meridian.app;

import io.meridian.cli.MeridianCommand;
import javafx.application.Application;

/**
 * Entry point of the jar. A plain class, not an {@link Application}: the JavaFX launcher refuses to start
 * an Application subclass from the classpath without modules, but starts it fine when called from here.
 * No arguments opens the desktop app; any argument runs the command line and exits with its code.
 */
public final class Main {
    private Main() {
    }

    public static void main(String[] args) {
        if (args.length == 0) {
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
}
