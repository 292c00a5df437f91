package io.meridian.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code meridian export}: both reports or neither, one line naming the output that failed. */
class ExportCommandTest {
    static final String TEMPLATE = "two-region-active-active";
    @TempDir
    Path dir;

    static long count(Path dir) throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            return s.count();
        }
    }

    @Test
    void writesBothReportsAndCleansWhatAKilledExportLeft() throws Exception {
        Process finished = new ProcessBuilder("true").start();
        finished.waitFor();
        Path stale = Files.writeString(dir.resolve(".review.pdf.meridian-" + finished.pid() + "-9a.tmp"), "half");
        Path xlsx = dir.resolve("review.xlsx");
        Path pdf = dir.resolve("review.pdf");
        CliRun run = CliRun.of("export", "--template", TEMPLATE, "--xlsx", xlsx.toString(), "--pdf", pdf.toString());
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).contains("wrote " + xlsx + " (" + Files.size(xlsx) + " bytes)",
                "wrote " + pdf + " (" + Files.size(pdf) + " bytes)");
        assertThat(stale).doesNotExist();
        assertThat(count(dir)).isEqualTo(2);
    }

    @Test
    void aPdfThatCannotBeWrittenLeavesTheOldWorkbookAndSaysWhichOutputFailed() throws Exception {
        Path xlsx = Files.writeString(dir.resolve("review.xlsx"), "the old workbook");
        // One byte over what a file name may hold (255 bytes): the PDF cannot be created, the workbook could.
        Path pdf = dir.resolve("p".repeat(252) + ".pdf");
        CliRun run = CliRun.of("export", "--template", TEMPLATE, "--xlsx", xlsx.toString(), "--pdf", pdf.toString());
        assertThat(run.exitCode()).isEqualTo(MeridianCommand.CANNOT_FINISH);
        assertThat(run.errLines()).hasSize(1);
        assertThat(run.errLines().get(0)).startsWith("--pdf " + pdf + ": cannot write: ").contains("File name too long")
                .doesNotContain(".meridian-");
        assertThat(Files.readString(xlsx)).isEqualTo("the old workbook");
        assertThat(count(dir)).isEqualTo(1);
        assertThat(run.out()).doesNotContain("wrote");
    }

    @Test
    void aTargetThatIsAFolderIsBadInputInTheSameFormAsAWriteFailure() throws Exception {
        Path folder = Files.createDirectory(dir.resolve("r.xlsx"));
        CliRun run = CliRun.of("export", "--template", TEMPLATE, "--xlsx", folder.toString());
        assertThat(run.exitCode()).isEqualTo(MeridianCommand.BAD_INPUT);
        assertThat(run.errLines()).containsExactly("--xlsx " + folder + ": is a folder, not a file");
    }

    @Test
    void diagramsAloneAreWrittenWithoutReportsAndAFailedOneIsOneLine() throws Exception {
        Path md = dir.resolve("design.md");
        Path dsl = dir.resolve("design.dsl");
        CliRun run = CliRun.of("export", "--template", TEMPLATE, "--mermaid", md.toString(), "--structurizr",
                dsl.toString());
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(Files.readString(md)).contains("```mermaid");
        assertThat(Files.readString(dsl)).startsWith("workspace ");
        assertThat(count(dir)).isEqualTo(2);
        // One byte over what a file name may hold: the one line names the option and the user's path, exit 3.
        Path puml = dir.resolve("p".repeat(251) + ".puml");
        CliRun failed = CliRun.of("export", "--template", TEMPLATE, "--plantuml", puml.toString());
        assertThat(failed.exitCode()).isEqualTo(MeridianCommand.CANNOT_FINISH);
        assertThat(failed.errLines()).hasSize(1);
        assertThat(failed.errLines().get(0)).startsWith("--plantuml " + puml + ": cannot write: ")
                .doesNotContain(".meridian-");
        assertThat(count(dir)).isEqualTo(2);
    }
}
