package io.meridian.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.meridian.model.Design;
import io.meridian.model.Topology;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

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

    private static java.util.List<String> filesIn(Path dir) throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }
}
