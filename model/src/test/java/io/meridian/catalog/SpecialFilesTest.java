package io.meridian.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assumptions.assumeThat;

import io.meridian.cost.PriceCatalog;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * The user's own region and price files are read like design files: only regular files (a symlink to one is
 * fine), and never more than {@link UserFiles#MAX_FILE_BYTES} whatever size the file system reports.
 */
@Timeout(value = 10, unit = TimeUnit.SECONDS)
class SpecialFilesTest {
    @TempDir
    Path dir;

    private static RuntimeException refused(String problem) {
        return new IllegalStateException(problem);
    }

    @Test
    void devZeroIsRefusedBeforeItIsOpened() {
        assumeThat(Path.of("/dev/zero")).exists();
        assertThatThrownBy(() -> UserFiles.readBounded(Path.of("/dev/zero"), 1024, SpecialFilesTest::refused))
                .hasMessage("not a regular file (a character device)");
    }

    @Test
    void aFolderIsRefused() {
        assertThatThrownBy(() -> UserFiles.readBounded(dir, 1024, SpecialFilesTest::refused))
                .hasMessage("not a regular file (a folder)");
    }

    @Test
    void aSymlinkToARegularFileIsRead() throws IOException {
        Path target = Files.writeString(dir.resolve("real.csv"), "abc");
        Path link = Files.createSymbolicLink(dir.resolve("link.csv"), target);
        assertThat(UserFiles.readBounded(link, 1024, SpecialFilesTest::refused)).containsExactly('a', 'b', 'c');
    }

    @Test
    void aMissingFileIsNoSuchFile() {
        assertThatThrownBy(() -> UserFiles.readBounded(dir.resolve("nope"), 1024, SpecialFilesTest::refused))
                .isInstanceOf(NoSuchFileException.class);
    }

    @Test
    void aFileOverTheBudgetIsRefused() throws IOException {
        Path file = Files.write(dir.resolve("big.csv"), new byte[3 * 1048576]);
        assertThatThrownBy(() -> UserFiles.readBounded(file, 2 * 1048576, SpecialFilesTest::refused))
                .hasMessage("file is too large (3.0 MB; at most 2 MB)");
        assertThat(UserFiles.readBounded(file, 3 * 1048576, SpecialFilesTest::refused)).hasSize(3 * 1048576);
    }

    @Test
    void aPriceFileNamedByTheEnvironmentThatIsASymlinkToDevZeroIsOneLine() throws IOException {
        assumeThat(Path.of("/dev/zero")).exists();
        Path link = Files.createSymbolicLink(dir.resolve("prices.csv"), Path.of("/dev/zero"));
        assertThatThrownBy(() -> PriceCatalog.forUser(Map.of(PriceCatalog.ENV_VAR, link.toString()), dir))
                .isInstanceOf(CatalogException.class)
                .hasMessage(link + ": not a regular file (a character device)");
    }

    @Test
    void aRegionFileThatIsAFifoWithNoWriterIsRefusedWithoutBlocking() throws Exception {
        Path fifo = dir.resolve("home/.meridian/regions.csv");
        Files.createDirectories(fifo.getParent());
        assumeThat(mkfifo(fifo)).as("mkfifo available").isTrue();
        assertThatThrownBy(() -> RegionCatalog.forUser(Map.of(), dir.resolve("home")))
                .isInstanceOf(CatalogException.class)
                .hasMessage(fifo + ": not a regular file (a FIFO)");
    }

    @Test
    void aRegionFileThatIsNotUtf8IsOneLine() throws IOException {
        Path file = Files.write(dir.resolve("regions.csv"), new byte[] {'a', (byte) 0xff, 'b'});
        assertThatThrownBy(() -> RegionCatalog.load(file))
                .isInstanceOf(CatalogException.class)
                .hasMessage(file + ": not UTF-8 text");
    }

    /** Makes a FIFO with the system's mkfifo; false where there is none. */
    static boolean mkfifo(Path path) throws InterruptedException {
        try {
            Process p = new ProcessBuilder("mkfifo", path.toString()).redirectErrorStream(true).start();
            return p.waitFor(5, TimeUnit.SECONDS) && p.exitValue() == 0 && Files.exists(path);
        } catch (IOException e) {
            return false;
        }
    }
}
