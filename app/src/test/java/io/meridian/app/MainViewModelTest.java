package io.meridian.app;

import static org.assertj.core.api.Assertions.assertThat;

import io.meridian.model.Design;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MainViewModelTest {
    private final Design design = SampleDesigns.twoRegions();
    private final MainViewModel model = new MainViewModel(design);

    @Test
    void derivesTitleSummaryAndSelectionFromTheDesign() {
        assertThat(model.titleProperty().get()).isEqualTo("Meridian — Two-region active-active");
        assertThat(model.summaryProperty().get())
                .isEqualTo("3 regions · 6 components · 4 links · 2 populations · 1 residency zone");
        assertThat(model.selectionTextProperty().get()).isEmpty();
        model.selectionProperty().set("eu-users");
        assertThat(model.selectionTextProperty().get()).isEqualTo("EU users (users)");
    }

    @Test
    void showingAnotherDesignClearsTheSelection() {
        model.selectionProperty().set("use1");
        model.show(Design.of("Other", design.topology()));
        assertThat(model.selectionProperty().get()).isNull();
        assertThat(model.titleProperty().get()).isEqualTo("Meridian — Other");
    }

    @Test
    void aMissingFileIsAProblemLineAndChangesNothing(@TempDir Path dir) {
        Path missing = dir.resolve("nope.json");
        assertThat(model.open(missing)).containsExactly(missing + ": no such file");
        assertThat(model.getDesign()).isSameAs(design);
    }

    @Test
    void aMalformedFileIsReportedWithoutAStackTrace(@TempDir Path dir) throws Exception {
        Path bad = Files.writeString(dir.resolve("bad.json"), "{ \"schema\": ");
        List<String> problems = model.open(bad);
        assertThat(problems).isNotEmpty().allSatisfy(line -> assertThat(line).startsWith(bad.toString())
                .doesNotContain("Exception").doesNotContain("\tat "));
        assertThat(model.getDesign()).isSameAs(design);
    }
}
