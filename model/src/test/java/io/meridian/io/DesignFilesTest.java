package io.meridian.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.meridian.model.Design;
import io.meridian.model.Topology;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.FileSystems;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class DesignFilesTest {
    private final DesignReader reader = new DesignReader(TestCatalog.CATALOG);

    @Test
    void saveWritesTheCanonicalFormThatReadsBackEqual(@TempDir Path dir) throws IOException {
        Design design = reader.read(DesignRoundTripTest.fullExample(), "full-example.json");
        Path file = dir.resolve("shop.json");

        DesignFiles.save(design, file);

        assertThat(Files.readString(file)).isEqualTo(DesignWriter.toJson(design));
        assertThat(reader.read(file)).isEqualTo(design);
        assertThat(filesIn(dir)).containsExactly("shop.json");
    }

    @Test
    void saveReplacesAnExistingFile(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("design.json");
        DesignFiles.save(Design.of("first", Topology.EMPTY), file);
        DesignFiles.save(Design.of("second", Topology.EMPTY), file);

        assertThat(reader.read(file).name()).isEqualTo("second");
        assertThat(filesIn(dir)).containsExactly("design.json");
    }

    @Test
    void aWriteThatFailsMidwayLeavesTheOldFileAndNoTempFile(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("design.json");
        Files.writeString(file, "the old content");

        assertThatThrownBy(() -> DesignFiles.writeAtomically(file, out -> {
            out.write("{\"schema\": \"meridian/1\", \"na".getBytes(StandardCharsets.UTF_8));
            throw new IOException("disk full");
        })).isInstanceOf(IOException.class).hasMessage("disk full");

        assertThat(Files.readString(file)).isEqualTo("the old content");
        assertThat(filesIn(dir)).containsExactly("design.json");
    }

    @Test
    void aRelativePathSavesIntoTheWorkingFolder(@TempDir Path dir) throws IOException {
        Path relative = Path.of("").toAbsolutePath().relativize(dir.resolve("rel.json"));
        DesignFiles.save(Design.of("rel", Topology.EMPTY), relative);
        assertThat(reader.read(dir.resolve("rel.json")).name()).isEqualTo("rel");
    }

    @ParameterizedTest
    @ValueSource(strings = {"rw-r--r--", "rw-r-----", "rw-rw-r--"})
    void saveKeepsThePermissionsOfTheFileItReplaces(String mode, @TempDir Path dir) throws IOException {
        assumeTrue(FileSystems.getDefault().supportedFileAttributeViews().contains("posix"), "POSIX only");
        Path file = dir.resolve("shared.json");
        Files.writeString(file, "{}");
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString(mode));

        DesignFiles.save(Design.of("shared", Topology.EMPTY), file);

        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo(mode);
        assertThat(reader.read(file).name()).isEqualTo("shared");
    }

    @Test
    void aNewFileGetsThePermissionsOfAnyNewlyCreatedFile(@TempDir Path dir) throws IOException {
        assumeTrue(FileSystems.getDefault().supportedFileAttributeViews().contains("posix"), "POSIX only");
        // What the umask gives an ordinary new file here (0644 under the usual 022), not createTempFile's 0600.
        Path ordinary = Files.createFile(dir.resolve("ordinary"));

        DesignFiles.save(Design.of("new", Topology.EMPTY), dir.resolve("new.json"));

        assertThat(Files.getPosixFilePermissions(dir.resolve("new.json")))
                .isEqualTo(Files.getPosixFilePermissions(ordinary));
    }

    private static java.util.List<String> filesIn(Path dir) throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }
}
