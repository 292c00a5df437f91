package io.meridian.app.edit;

import io.meridian.model.Design;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;

/**
 * Unsaved work an instance that is gone left in its autosave folder, claimed by this instance while it is
 * offered: no other instance offers it meanwhile. {@link #delete()} removes that one folder (the user's Discard,
 * or once this instance has autosaved the recovered design itself); {@link #close()} lets it go, kept for the
 * next start.
 */
public final class LeftBehind implements AutoCloseable {
    private final Autosave finder;
    private final Path folder;
    private final AutosaveOwner.Lock claim;
    private final Design design;
    private final String variant;
    private final Path origin;
    private final Instant savedAt;
    private boolean done;

    LeftBehind(Autosave finder, Path folder, AutosaveOwner.Lock claim, Design design, String variant, Path origin,
               Instant savedAt) {
        this.finder = finder;
        this.folder = folder;
        this.claim = claim;
        this.design = design;
        this.variant = variant;
        this.origin = origin;
        this.savedAt = savedAt;
    }

    /** The whole design: every variant and the layout. */
    public Design design() {
        return design;
    }

    /** Id of the variant that was on show: {@link Design#BASELINE_ID} or an alternative's. */
    public String variant() {
        return variant;
    }

    /** The file the design was last opened from or saved to; null when never saved. */
    public Path origin() {
        return origin;
    }

    public Instant savedAt() {
        return savedAt;
    }

    public Path folder() {
        return folder;
    }

    /** Removes this autosave and its folder, and nothing else. */
    public synchronized void delete() throws IOException {
        if (!done) {
            done = true;
            try {
                Autosave.removeFolder(folder, claim);
            } finally {
                finder.released(folder);
            }
        }
    }

    /** Lets the claim go and keeps the autosave, to be offered again at the next start. */
    @Override
    public synchronized void close() {
        if (!done) {
            done = true;
            try {
                claim.close();
            } catch (IOException e) {
                finder.report("Cannot release the autosave lock in " + folder + ": " + Autosave.oneLine(e));
            } finally {
                finder.released(folder);
            }
        }
    }
}
