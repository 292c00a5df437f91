package io.meridian.exports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AtomicFilesTest {
    @TempDir
    Path dir;

    @Test
    void aFailedWriteLeavesTheOldFileAndNoTemporaryFile() throws IOException {
        Path target = dir.resolve("report.pdf");
        Files.writeString(target, "old report");
        assertThatThrownBy(() -> AtomicFiles.write(target, out -> {
            out.write("half a new rep".getBytes(StandardCharsets.UTF_8));
            throw new IOException("disk full");
        })).hasMessage("disk full");
        assertThat(Files.readString(target)).isEqualTo("old report");
        try (Stream<Path> files = Files.list(dir)) {
            assertThat(files).containsExactly(target);
        }
    }

    @Test
    void aWriteReplacesTheFileWhole() throws IOException {
        Path target = dir.resolve("sub").resolve("report.xlsx");
        AtomicFiles.write(target, out -> out.write(new byte[] {1, 2, 3}));
        AtomicFiles.write(target, out -> out.write(new byte[] {4, 5}));
        assertThat(Files.readAllBytes(target)).containsExactly(4, 5);
    }
}
