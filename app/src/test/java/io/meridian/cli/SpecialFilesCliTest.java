package io.meridian.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * Files that never end or never open: each is one line and exit 2, at once. Before, /dev/zero and a symlink to it
 * ended in OutOfMemoryError (the size check trusted Files.size(), 0 for them) and a FIFO with no writer hung.
 */
@Timeout(value = 10, unit = TimeUnit.SECONDS)
class SpecialFilesCliTest {
    @TempDir
    Path dir;

    private static void assertRefused(Path file, String kind) {
        CliRun run = CliRun.of("evaluate", file.toString(), "--json");
        assertThat(run.exitCode()).as(run.err()).isEqualTo(MeridianCommand.BAD_INPUT);
        assertThat(run.out()).isEmpty();
        assertThat(run.errLines()).containsExactly(file + ": not a regular file (" + kind + ")");
    }

    @Test
    void devZero() {
        assumeThat(Path.of("/dev/zero")).exists();
        assertRefused(Path.of("/dev/zero"), "a character device");
    }

    @Test
    void devUrandom() {
        assumeThat(Path.of("/dev/urandom")).exists();
        assertRefused(Path.of("/dev/urandom"), "a character device");
    }

    @Test
    void aSymlinkToDevZero() throws IOException {
        assumeThat(Path.of("/dev/zero")).exists();
        Path link = Files.createSymbolicLink(dir.resolve("design.json"), Path.of("/dev/zero"));
        assertRefused(link, "a character device");
    }

    @Test
    void aFifoWithNoWriter() throws Exception {
        Path fifo = dir.resolve("design.json");
        Process p;
        try {
            p = new ProcessBuilder("mkfifo", fifo.toString()).redirectErrorStream(true).start();
        } catch (IOException e) {
            p = null;
        }
        assumeThat(p != null && p.waitFor(5, TimeUnit.SECONDS) && p.exitValue() == 0).as("mkfifo").isTrue();
        assertRefused(fifo, "a FIFO");
    }

    @Test
    void aFolder() {
        assertRefused(dir, "a folder");
    }

    @Test
    void aSymlinkToARegularDesignIsRead() throws IOException {
        Path real = Files.writeString(dir.resolve("real.json"), LimitsCliTest.BASE);
        Path link = Files.createSymbolicLink(dir.resolve("link.json"), real);
        CliRun run = CliRun.of("evaluate", link.toString(), "--json");
        assertThat(run.exitCode()).as(run.err()).isIn(MeridianCommand.OK, MeridianCommand.OBJECTIVES_FAILED);
    }

    @Test
    void aBrokenSymlinkIsNoSuchFile() throws IOException {
        Path link = Files.createSymbolicLink(dir.resolve("gone.json"), dir.resolve("nothing-here.json"));
        CliRun run = CliRun.of("evaluate", link.toString());
        assertThat(run.errLines()).containsExactly(link + ": no such file");
    }
}
