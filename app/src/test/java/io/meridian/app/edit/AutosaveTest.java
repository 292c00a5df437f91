package io.meridian.app.edit;

import static org.assertj.core.api.Assertions.assertThat;

import io.meridian.io.DesignReader;
import io.meridian.model.Design;
import io.meridian.model.Topology;
import io.meridian.templates.Templates;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** One autosave folder per running instance; only the work of instances that are gone is offered or removed. */
class AutosaveTest {
    private static final Duration SOON = Duration.ofMillis(10);

    @TempDir
    Path root;

    @Test
    void writesTheWholeDesignAndTheVariantOnShowAndClosingRemovesItOnlyOnceSavedOrDropped() throws Exception {
        Design template = Templates.load(Templates.DEFAULT_ID);
        Autosave autosave = new Autosave(root, SOON);
        autosave.schedule(template, "n-plus-one", root.resolve("shop.json"));
        autosave.flush();

        assertThat(new DesignReader().read(autosave.file())).isEqualTo(template);
        assertThat(Files.readString(autosave.folder().resolve(Autosave.SIDECAR)))
                .contains("variant=n-plus-one").contains("shop.json")
                .contains("pid=" + ProcessHandle.current().pid());
        autosave.close(); // unsaved work: kept
        assertThat(autosave.file()).exists();
        Autosave clean = new Autosave(root, SOON);
        clean.schedule(template, Design.BASELINE_ID, null);
        clean.discard(); // saved, or dropped by the user
        clean.close();
        assertThat(clean.folder()).doesNotExist();
    }

    @Test
    void aRunningInstancesAutosaveIsNeverOfferedAndAGoneOnesIs() throws Exception {
        Autosave live = new Autosave(root, SOON); // another window of this process: holds its lock
        live.schedule(Design.of("Live work", Topology.EMPTY), Design.BASELINE_ID, null);
        live.flush();
        // Its lock alone keeps it: the recorded process looks gone (another start instant), the lock is held.
        Autosave lockOnly = CrashedSessions.earlierSession(root);
        lockOnly.schedule(Design.of("Held by its lock", Topology.EMPTY), Design.BASELINE_ID, null);
        lockOnly.flush();
        Path dead = CrashedSessions.leave(root, Design.of("Lost work", Topology.EMPTY), Design.BASELINE_ID, null);

        Autosave me = new Autosave(root, SOON);
        List<LeftBehind> found = me.leftBehind();
        assertThat(found).extracting(f -> f.design().name()).containsExactly("Lost work");
        // While this instance holds the claim, a third one starting now is not offered it either.
        assertThat(new Autosave(root, SOON).leftBehind()).isEmpty();

        found.get(0).delete(); // Discard: that autosave only
        assertThat(dead).doesNotExist();
        assertThat(new DesignReader().read(live.file()).name()).isEqualTo("Live work");
        assertThat(new DesignReader().read(lockOnly.file()).name()).isEqualTo("Held by its lock");
        assertThat(me.leftBehind()).isEmpty();
    }

    @Test
    void closingTheQuestionKeepsTheAutosaveForTheNextStart() throws Exception {
        Path dead = CrashedSessions.leave(root, Design.of("Lost work", Topology.EMPTY), Design.BASELINE_ID, null);
        LeftBehind first = new Autosave(root, SOON).leftBehind().get(0);
        first.close(); // Esc

        assertThat(dead.resolve(Autosave.DESIGN)).exists();
        assertThat(new Autosave(root, SOON).leftBehind()).extracting(f -> f.folder()).containsExactly(dead);
    }

    @Test
    void theNewestAutosaveIsOfferedFirst() throws Exception {
        Path older = CrashedSessions.leave(root, Design.of("Older", Topology.EMPTY), Design.BASELINE_ID, null);
        Path newer = CrashedSessions.leave(root, Design.of("Newer", Topology.EMPTY), Design.BASELINE_ID, null);
        Files.setLastModifiedTime(older.resolve(Autosave.DESIGN),
                java.nio.file.attribute.FileTime.from(Instant.parse("2026-01-01T10:00:00Z")));
        Files.setLastModifiedTime(newer.resolve(Autosave.DESIGN),
                java.nio.file.attribute.FileTime.from(Instant.parse("2026-01-01T11:00:00Z")));

        assertThat(new Autosave(root, SOON).leftBehind()).extracting(f -> f.design().name())
                .containsExactly("Newer", "Older");
    }

    @Test
    void aGoneInstanceWithNothingUnsavedLeavesNoFolderAndAnUnreadableAutosaveIsKept() throws Exception {
        Autosave clean = CrashedSessions.earlierSession(root);
        CrashedSessions.kill(clean); // nothing was ever unsaved
        Path broken = CrashedSessions.leave(root, Design.of("Broken", Topology.EMPTY), Design.BASELINE_ID, null);
        Files.writeString(broken.resolve(Autosave.DESIGN), "{\"schema\": \"meridian/1\", \"na");
        Autosave me = new Autosave(root, SOON);
        List<String> told = new java.util.ArrayList<>();
        me.onProblem(told::add);

        assertThat(me.leftBehind()).isEmpty();
        assertThat(clean.folder()).doesNotExist();
        assertThat(broken.resolve(Autosave.DESIGN)).exists();
        assertThat(told).singleElement().asString().startsWith("An autosave left by an earlier session cannot be read")
                .contains(broken.resolve(Autosave.DESIGN).toString());
    }

    @Test
    void closingWithUnsavedWorkKeepsItForTheNextStart() throws Exception {
        // Only after the process has ended: while it runs, its recorded id and start say it is live.
        Autosave session = CrashedSessions.earlierSession(root);
        session.schedule(Design.of("Kept", Topology.EMPTY), Design.BASELINE_ID, null);
        session.close(); // the write still waiting is done first, and kept
        assertThat(session.folder().resolve(AutosaveOwner.LOCK)).exists();

        assertThat(new Autosave(root, SOON).leftBehind()).extracting(f -> f.design().name()).containsExactly("Kept");
    }

    @Test
    void withoutItsLockAnInstanceWhoseProcessStillRunsIsNotOffered() throws Exception {
        // As on a file system without locks: the recorded process id and start instant alone decide.
        Autosave running = new Autosave(root, SOON);
        running.schedule(Design.of("Still running", Topology.EMPTY), Design.BASELINE_ID, null);
        CrashedSessions.kill(running); // written, then its lock let go
        assertThat(running.file()).exists();

        assertThat(new Autosave(root, SOON).leftBehind()).isEmpty();
        assertThat(running.file()).exists();
    }

    @Test
    void anOwnerIsRunningOnlyWithItsIdAndItsStartInstant() throws Exception {
        assertThat(AutosaveOwner.current().isRunning()).isTrue();
        long pid = ProcessHandle.current().pid();
        assertThat(new AutosaveOwner(pid, Instant.parse("2020-01-01T00:00:00Z")).isRunning()).isFalse(); // reused id
        Process ended = new ProcessBuilder(javaCommand(), "-version").redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        ended.waitFor(30, TimeUnit.SECONDS);
        assertThat(new AutosaveOwner(ended.pid(), null).isRunning()).isFalse();
    }

    /** The real thing: another JVM holds its lock while it runs, and kill -9 frees it. */
    @Test
    void anotherProcessesAutosaveIsOfferedOnlyAfterItIsKilled() throws Exception {
        Process other = new ProcessBuilder(javaCommand(), "-cp", System.getProperty("java.class.path"),
                AutosaveChild.class.getName(), root.toString()).redirectError(ProcessBuilder.Redirect.INHERIT).start();
        try {
            Path itsFolder;
            try (BufferedReader out = new BufferedReader(new InputStreamReader(other.getInputStream(),
                    StandardCharsets.UTF_8))) {
                itsFolder = Path.of(out.readLine());
                Autosave me = new Autosave(root, SOON);

                assertThat(me.leftBehind()).isEmpty();
                assertThat(itsFolder.resolve(Autosave.DESIGN)).exists();
                me.discard();
                me.flush();
                assertThat(itsFolder.resolve(Autosave.DESIGN)).exists();

                other.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
                List<LeftBehind> found = me.leftBehind();
                assertThat(found).extracting(f -> f.design().name()).containsExactly("Work of a running instance");
                assertThat(found.get(0).folder()).isEqualTo(itsFolder);
            }
        } finally {
            other.destroyForcibly();
        }
    }

    private static String javaCommand() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    @Test
    void theSingleAutosaveOfTheEarlierVersionIsOfferedOnce() throws Exception {
        // Meridian 0.1 wrote recovery.json and recovery.path straight into the folder (here: the property's).
        Design lost = Templates.load(Templates.DEFAULT_ID);
        io.meridian.io.DesignFiles.save(lost, root.resolve("recovery.json"));
        Files.writeString(root.resolve("recovery.path"), root.resolve("shop.json").toString());
        String before = System.getProperty(Autosave.DIR_PROPERTY);
        System.setProperty(Autosave.DIR_PROPERTY, root.toString());
        try {
            Autosave me = new Autosave(root, SOON);
            List<LeftBehind> found = me.leftBehind();
            assertThat(found).hasSize(1);
            assertThat(found.get(0).design()).isEqualTo(lost);
            assertThat(found.get(0).origin()).isEqualTo(root.resolve("shop.json"));
            assertThat(root.resolve("recovery.json")).doesNotExist();
            assertThat(root.resolve("recovery.path")).doesNotExist();
            found.get(0).close(); // not now: asked again next start, from its new place
            assertThat(new Autosave(root, SOON).leftBehind()).extracting(LeftBehind::design).containsExactly(lost);
        } finally {
            if (before == null) {
                System.clearProperty(Autosave.DIR_PROPERTY);
            } else {
                System.setProperty(Autosave.DIR_PROPERTY, before);
            }
        }
    }
}
