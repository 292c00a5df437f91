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
            Application.launch(MeridianApp.class, args);
        } else {
            System.exit(MeridianCommand.run(args));
        }
    }
}
