package io.meridian.app;

import io.meridian.io.DesignReader;
import io.meridian.model.Design;
import java.io.IOException;
import java.nio.file.Path;

/** The app's one door to the file format, so the desktop and the command line read files the same way. */
final class DesignFiles {
    private DesignFiles() {
    }

    static Design read(Path file) throws IOException {
        return new DesignReader().read(file);
    }
}
