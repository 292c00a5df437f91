package io.meridian.app.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ExportRequestTest {
    @TempDir
    Path dir;

    @Test
    void addsTheExtensionWhenTheNameLacksIt() {
        assertThat(ExportRequest.withExtension(Path.of("out", "review"), ".pdf")).isEqualTo(Path.of("out", "review.pdf"));
        assertThat(ExportRequest.withExtension(Path.of("review.PDF"), ".pdf")).isEqualTo(Path.of("review.PDF"));
    }

    @Test
    void namesEachProblemOnOneLine() throws Exception {
        Files.createDirectories(dir.resolve("taken.pdf"));
        ExportRequest r = new ExportRequest(dir.resolve("missing").resolve("a.xlsx"), dir.resolve("taken.pdf"));
        assertThat(r.problems()).containsExactly(
                "Excel workbook: no such folder " + dir.resolve("missing"),
                "PDF report: " + dir.resolve("taken.pdf") + " is a folder, not a file");
        assertThat(new ExportRequest(dir.resolve("a.xlsx"), null).problems()).isEmpty();
        assertThat(new ExportRequest(dir.resolve("a.xlsx"), null).targets()).containsExactly(dir.resolve("a.xlsx"));
    }

    @Test
    void oneOfTheTwoIsNeeded() {
        assertThatThrownBy(() -> new ExportRequest(null, null)).hasMessage(
                "choose the Excel workbook, the PDF report or both");
    }

    @Test
    void aFailureIsOneLineWithoutClassNames() {
        assertThat(ExportJob.describe(new AccessDeniedException("/r/review.pdf"))).isEqualTo("/r/review.pdf: permission denied");
        assertThat(ExportJob.describe(new IllegalStateException("first line\nsecond line"))).isEqualTo("first line");
        assertThat(ExportJob.describe(new NullPointerException())).isEqualTo("null pointer exception");
    }

    @Test
    void fileNamesFromDesignNames() {
        assertThat(ExportDialog.fileName("Two-region active/active")).isEqualTo("Two-region-active-active");
        assertThat(ExportDialog.fileName("  ***  ")).isEqualTo("meridian-report");
    }
}
