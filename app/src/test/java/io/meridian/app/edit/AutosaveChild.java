package io.meridian.app.edit;

import io.meridian.model.Design;
import io.meridian.model.Topology;
import java.nio.file.Path;
import java.time.Duration;

/** Another running Meridian for {@link AutosaveTest}: autosaves a design under the folder given, then waits. */
public final class AutosaveChild {
    private AutosaveChild() {
    }

    public static void main(String[] args) throws Exception {
        Autosave autosave = new Autosave(Path.of(args[0]), Duration.ofMillis(10));
        autosave.schedule(Design.of("Work of a running instance", Topology.EMPTY), Design.BASELINE_ID, null);
        autosave.flush();
        System.out.println(autosave.folder());
        System.out.flush();
        // Runs until killed or until the test closes our input.
        while (System.in.read() >= 0) {
            // nothing to do
        }
    }
}
