package io.meridian.exports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.meridian.exports.ExportTransaction.Step;
import io.meridian.exports.ReportOutput.Format;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** One export writes all its outputs or none, cleans what killed exports left, and names the user's file on error. */
class ExportTransactionTest {
    @TempDir
    Path dir;

    static Step writes(Format format, Path target, String label, String content) {
        return new Step(new ReportOutput(format, target, label),
                out -> out.write(content.getBytes(StandardCharsets.UTF_8)));
    }

    static Step fails(Format format, Path target, String label, IOException e) {
        return new Step(new ReportOutput(format, target, label), out -> {
            out.write("half a new rep".getBytes(StandardCharsets.UTF_8));
            out.flush();
            throw e;
        });
    }

    List<String> files() throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            return s.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    @Test
    void whenThePdfRenderFailsTheWorkbookIsNotReplacedAndNoTemporaryFileIsLeft() throws IOException {
        Path xlsx = dir.resolve("review.xlsx");
        Path pdf = dir.resolve("review.pdf");
        Files.writeString(xlsx, "old workbook");
        Files.writeString(pdf, "old pdf");
        assertThatThrownBy(() -> ExportTransaction.run(List.of(writes(Format.XLSX, xlsx, "--xlsx", "new workbook"),
                fails(Format.PDF, pdf, "--pdf", new IOException("No space left on device")))))
                .isInstanceOf(ExportFailedException.class)
                .hasMessage("--pdf " + pdf + ": cannot write: disk full (No space left on device)");
        assertThat(Files.readString(xlsx)).isEqualTo("old workbook");
        assertThat(Files.readString(pdf)).isEqualTo("old pdf");
        assertThat(files()).containsExactly("review.pdf", "review.xlsx");
    }

    @Test
    void bothOutputsAreReplacedWhenBothRender() throws IOException {
        Path xlsx = dir.resolve("review.xlsx");
        Path pdf = dir.resolve("review.pdf");
        Files.writeString(xlsx, "old workbook");
        ExportTransaction.run(List.of(writes(Format.XLSX, xlsx, "--xlsx", "new workbook"),
                writes(Format.PDF, pdf, "--pdf", "new pdf")));
        assertThat(Files.readString(xlsx)).isEqualTo("new workbook");
        assertThat(Files.readString(pdf)).isEqualTo("new pdf");
        assertThat(files()).containsExactly("review.pdf", "review.xlsx");
    }

    @Test
    void aReplacedReportKeepsItsPermissions() throws IOException {
        Path pdf = dir.resolve("shared.pdf");
        Files.writeString(pdf, "old");
        Files.setPosixFilePermissions(pdf, PosixFilePermissions.fromString("rw-r--r--"));
        ExportTransaction.run(List.of(writes(Format.PDF, pdf, "--pdf", "new")));
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(pdf))).isEqualTo("rw-r--r--");
    }

    @Test
    void aFailureNamesTheUsersPathNeverTheTemporaryFile() {
        Path pdf = dir.resolve("review.pdf");
        // The system's message names the file it was writing: the temporary one. The user never sees that name.
        Step step = new Step(new ReportOutput(Format.PDF, pdf, "PDF report"), out -> {
            throw new IOException("Input/output error writing " + dir.resolve(".review.pdf.meridian-1-ab.tmp"));
        });
        assertThatThrownBy(() -> ExportTransaction.run(List.of(step)))
                .isInstanceOf(ExportFailedException.class)
                .satisfies(e -> assertThat(e.getMessage()).startsWith("PDF report " + pdf + ": cannot write: ")
                        .doesNotContain(".meridian-"));
    }

    @Test
    void aRenderBugIsNotReportedAsAWriteFailureButStillLeavesNothingBehind() throws IOException {
        Path pdf = dir.resolve("review.pdf");
        Step step = new Step(new ReportOutput(Format.PDF, pdf, "--pdf"), out -> {
            out.write(1);
            throw new IllegalStateException("a bug");
        });
        assertThatThrownBy(() -> ExportTransaction.run(List.of(step))).isInstanceOf(IllegalStateException.class);
        assertThat(files()).isEmpty();
    }

    @Test
    void theSameTargetTwiceIsRefused() {
        Path file = dir.resolve("review.pdf");
        assertThatThrownBy(() -> ExportTransaction.run(List.of(writes(Format.PDF, file, "--xlsx", "a"),
                writes(Format.PDF, file, "--pdf", "b")))).hasMessage("--pdf " + file + ": is named twice in one export");
    }

    @Test
    void staleTemporaryFilesOfDeadExportsAreCleanedAndLiveOnesKept() throws Exception {
        Process finished = new ProcessBuilder("true").start();
        finished.waitFor();
        long dead = finished.pid();
        long live = ProcessHandle.current().pid();
        Path deadTemp = Files.writeString(dir.resolve(".review.pdf.meridian-" + dead + "-1f2e.tmp"), "x");
        Path liveTemp = Files.writeString(dir.resolve(".review.xlsx.meridian-" + live + "-3c4d.tmp"), "x");
        // A live pid over an hour old: the pid was reused by another process long after the export died.
        Path reused = Files.writeString(dir.resolve(".old.pdf.meridian-" + live + "-5e6f.tmp"), "x");
        Files.setLastModifiedTime(reused, FileTime.from(Instant.now().minus(Duration.ofMinutes(61))));
        // Before pids were in the name: a UUID only; removed by age.
        Path legacyOld = Files.writeString(dir.resolve(".a.pdf.0f8fad5b-d9cb-469f-a165-70867728950e.tmp"), "x");
        Files.setLastModifiedTime(legacyOld, FileTime.from(Instant.now().minus(Duration.ofHours(2))));
        Path legacyNew = Files.writeString(dir.resolve(".b.pdf.7c9e6679-7425-40de-944b-e07fc1f90ae7.tmp"), "x");
        // Not ours, whatever their age: kept.
        Path someoneElses = Files.writeString(dir.resolve(".notes.txt.tmp"), "x");
        Files.setLastModifiedTime(someoneElses, FileTime.from(Instant.now().minus(Duration.ofDays(3))));

        ExportTransaction.run(List.of(writes(Format.PDF, dir.resolve("review.pdf"), "--pdf", "new")));

        List<String> left = new ArrayList<>(files());
        assertThat(left).containsExactlyInAnyOrder("review.pdf", liveTemp.getFileName().toString(),
                legacyNew.getFileName().toString(), someoneElses.getFileName().toString());
        assertThat(deadTemp).doesNotExist();
        assertThat(reused).doesNotExist();
        assertThat(legacyOld).doesNotExist();
    }

    @Test
    void theTemporaryFileIsHiddenBesideItsTargetAndCarriesThePid() {
        Path temp = ExportTransaction.tempFor(dir.resolve("review.pdf"));
        assertThat(temp.getParent()).isEqualTo(dir);
        assertThat(temp.getFileName().toString())
                .matches("\\.review\\.pdf\\.meridian-" + ProcessHandle.current().pid() + "-[0-9a-f]+\\.tmp");
    }

    @Test
    void aTargetNameNearTheFileSystemsLimitStillGetsATemporaryFile() throws IOException {
        // 251 + ".pdf" = 255 bytes: allowed for the report, so the longer temporary name must be shortened.
        Path pdf = dir.resolve("r".repeat(251) + ".pdf");
        Path temp = ExportTransaction.tempFor(pdf);
        assertThat(temp.getFileName().toString().getBytes(StandardCharsets.UTF_8).length).isLessThanOrEqualTo(255);
        ExportTransaction.run(List.of(writes(Format.PDF, pdf, "--pdf", "new")));
        assertThat(Files.readString(pdf)).isEqualTo("new");
        // Shortened by whole characters: "é" is two bytes and never split.
        Path accented = dir.resolve("é".repeat(125) + ".pdf");
        assertThat(ExportTransaction.tempFor(accented).getFileName().toString()).matches("\\.é+\\.meridian-.*");
    }

    @Test
    void aRenameThatFailsPutsBackTheOutputsAlreadyRenamed() throws IOException {
        Path xlsx = Files.writeString(dir.resolve("review.xlsx"), "old workbook");
        Path fresh = dir.resolve("fresh.xlsx");
        // Renders fine (its temporary name is shortened) but the rename onto a 256-byte name fails.
        Path pdf = dir.resolve("p".repeat(252) + ".pdf");
        assertThatThrownBy(() -> ExportTransaction.run(List.of(writes(Format.XLSX, xlsx, "--xlsx", "new workbook"),
                writes(Format.XLSX, fresh, "--xlsx", "new"), writes(Format.PDF, pdf, "--pdf", "new pdf"))))
                .isInstanceOf(ExportFailedException.class)
                .hasMessageStartingWith("--pdf " + pdf + ": cannot write: File name too long")
                .hasMessageNotContaining("already replaced");
        assertThat(Files.readString(xlsx)).isEqualTo("old workbook");
        assertThat(files()).containsExactly("review.xlsx");
    }

    /**
     * A real full disk, when a small file system is at hand (root: {@code mount -t tmpfs -o size=64k tmpfs /tmp/x},
     * then {@code -Dmeridian.test.smallDisk=/tmp/x}); skipped otherwise.
     */
    @Test
    void aRealFullDiskIsSaidWithTheUsersPathAndLeavesTheOldReports() throws IOException {
        String small = System.getProperty("meridian.test.smallDisk");
        org.junit.jupiter.api.Assumptions.assumeTrue(small != null && !small.isBlank(), "no small disk given");
        Path folder = Files.createTempDirectory(Path.of(small), "full");
        Path xlsx = Files.writeString(folder.resolve("review.xlsx"), "old workbook");
        Path pdf = folder.resolve("review.pdf");
        io.meridian.model.Design design = Fixtures.twoRegion();
        assertThatThrownBy(() -> Reports.write(design, Fixtures.evaluate(design), List.of(
                new ReportOutput(Format.XLSX, xlsx, "--xlsx"), new ReportOutput(Format.PDF, pdf, "--pdf"))))
                .isInstanceOf(ExportFailedException.class)
                .hasMessageEndingWith(": cannot write: disk full (No space left on device)")
                .hasMessageNotContaining(".meridian-");
        assertThat(Files.readString(xlsx)).isEqualTo("old workbook");
        try (Stream<Path> s = Files.list(folder)) {
            assertThat(s.map(p -> p.getFileName().toString())).containsExactly("review.xlsx");
        }
    }

    @Test
    void fullDiskQuotaReadOnlyAndPermissionAreSaidInWords() {
        Path t = dir.resolve("r.pdf");
        assertThat(ExportFailedException.describe(new IOException("No space left on device"), null, t))
                .isEqualTo("cannot write: disk full (No space left on device)");
        assertThat(ExportFailedException.describe(new java.nio.file.FileSystemException(t.toString(), null,
                "Disk quota exceeded"), null, t)).isEqualTo("cannot write: disk quota exceeded (Disk quota exceeded)");
        assertThat(ExportFailedException.describe(new java.nio.file.FileSystemException(t.toString(), null,
                "Read-only file system"), null, t)).isEqualTo("cannot write: read-only file system");
        assertThat(ExportFailedException.describe(new java.nio.file.AccessDeniedException(t.toString()), null, t))
                .isEqualTo("cannot write: permission denied");
    }
}
