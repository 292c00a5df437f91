package io.meridian.app.edit;

import io.meridian.model.Design;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;

/** Autosaves as sessions that were killed leave them, for tests of what the next start does with them. */
public final class CrashedSessions {
    private CrashedSessions() {
    }

    /**
     * A session of an earlier process: recorded with this process's id but another start instant, as when an id
     * is reused after its owner ended. Its autosave works like any; {@link #kill} ends it.
     */
    public static Autosave earlierSession(Path root) throws IOException {
        return new Autosave(root, Duration.ofMillis(10),
                new AutosaveOwner(ProcessHandle.current().pid(), Instant.parse("2020-01-01T00:00:00Z")));
    }

    /** Writes what is waiting, then lets the lock go and removes nothing, as kill -9 does. */
    public static void kill(Autosave session) throws IOException {
        session.flush();
        session.crash();
    }

    /** A killed session that had this unsaved design (variant on show, file) in its autosave; its folder. */
    public static Path leave(Path root, Design whole, String variant, Path origin) throws IOException {
        Autosave session = earlierSession(root);
        session.schedule(whole, variant, origin);
        kill(session);
        return session.folder();
    }
}
