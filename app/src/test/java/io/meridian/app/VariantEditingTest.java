package io.meridian.app;

import static org.assertj.core.api.Assertions.assertThat;

import io.meridian.model.Design;
import io.meridian.templates.Templates;
import org.junit.jupiter.api.Test;

/** The variant on show: what the editor sees, and where its edits go. No scene needed. */
class VariantEditingTest {
    // two-region-active-active: baseline 50 API instances a region, n-plus-one 75, single-region only us-east-1.
    private final Design template = Templates.load(Templates.DEFAULT_ID);
    private final MainViewModel model = new MainViewModel(template);

    private int apiInstances(Design d) {
        return d.topology().component("api-use1").orElseThrow().instances();
    }

    @Test
    void showsTheChosenAlternativesTopologyAndBackTheBaseline() {
        assertThat(model.variants()).extracting(a -> a.id())
                .containsExactly("baseline", "n-plus-one", "single-region");
        assertThat(apiInstances(model.getDesign())).isEqualTo(50);
        model.variantProperty().set("n-plus-one");
        assertThat(apiInstances(model.getDesign())).isEqualTo(75);
        model.variantProperty().set("single-region");
        assertThat(model.getDesign().topology().region("usw2")).isEmpty();
        model.variantProperty().set("baseline");
        assertThat(model.getDesign()).isSameAs(model.documentDesign());
    }

    /**
     * The template's search space names us-west-2's API tier, which the single-region alternative lacks: shown, the
     * alternative's view has the space without it; an edit there writes back the baseline's space whole.
     */
    @Test
    void anEditToAnAlternativeKeepsTheBaselinesSearchSpace() {
        assertThat(template.space().instanceTypes()).extracting(x -> x.component())
                .containsExactly("api-use1", "api-usw2");
        model.variantProperty().set("single-region");
        assertThat(model.getDesign().space().instanceTypes()).extracting(x -> x.component())
                .containsExactly("api-use1");
        model.edit("Rename", d -> d.withName("Renamed"));
        assertThat(model.documentDesign().name()).isEqualTo("Renamed");
        assertThat(model.documentDesign().space()).isEqualTo(template.space());
    }

    @Test
    void anEditGoesIntoTheVariantOnShowAndLeavesTheBaselineAlone() {
        model.variantProperty().set("n-plus-one");
        model.edit("More instances", d -> io.meridian.app.edit.DesignEdits.addComponent(d,
                io.meridian.app.edit.DesignEdits.newComponent(d.topology(), io.meridian.model.ComponentKind.QUEUE,
                        "use1")));
        Design whole = model.documentDesign();
        int baselineComponents = template.topology().components().size();
        int altComponents = template.alternative("n-plus-one").orElseThrow().topology().components().size();
        assertThat(whole.topology().components()).hasSize(baselineComponents);
        assertThat(whole.alternative("n-plus-one").orElseThrow().topology().components()).hasSize(altComponents + 1);
        assertThat(whole.alternative("single-region").orElseThrow())
                .isEqualTo(template.alternative("single-region").orElseThrow());
        assertThat(model.document().isDirty()).isTrue();

        model.undo();
        assertThat(model.documentDesign()).isEqualTo(template);
        assertThat(model.variantProperty().get()).isEqualTo("n-plus-one"); // undo keeps the variant on show
    }

    @Test
    void undoAndRedoShowTheVariantTheyChange() {
        model.variantProperty().set("single-region");
        model.edit("Add users", d -> d.withTopology(d.topology().withPopulation(
                io.meridian.app.edit.DesignEdits.newPopulation(d.topology(), new io.meridian.model.GeoPoint(40, -80)))));
        model.variantProperty().set("baseline");
        model.edit("Add users", d -> d.withTopology(d.topology().withPopulation(
                io.meridian.app.edit.DesignEdits.newPopulation(d.topology(), new io.meridian.model.GeoPoint(10, 10)))));
        model.variantProperty().set("n-plus-one");

        model.undo(); // the users were added to the baseline: it comes on show
        assertThat(model.variantProperty().get()).isEqualTo("baseline");
        model.undo(); // the first edit changed the single-region alternative
        assertThat(model.variantProperty().get()).isEqualTo("single-region");
        model.variantProperty().set("baseline");
        model.redo();
        assertThat(model.variantProperty().get()).isEqualTo("single-region");
    }

    @Test
    void anotherDesignWithoutThatAlternativeFallsBackToTheBaseline() {
        model.variantProperty().set("single-region");
        model.show(SampleDesigns.twoRegions());
        assertThat(model.variantProperty().get()).isEqualTo(Design.BASELINE_ID);
        assertThat(model.getDesign()).isSameAs(model.documentDesign());
        assertThat(model.walkthroughProperty().get()).isNull();
    }

    @Test
    void aNewAlternativeCopiesTheVariantOnShowAndUndoRemovesIt() {
        model.variantProperty().set("n-plus-one");
        String id = model.addAlternative("Three regions").orElseThrow();
        assertThat(id).isEqualTo("three-regions");
        assertThat(model.variantProperty().get()).isEqualTo("three-regions");
        assertThat(model.getDesign().topology())
                .isEqualTo(template.alternative("n-plus-one").orElseThrow().topology());
        assertThat(model.variants()).hasSize(4);
        assertThat(model.addAlternative("Three regions").orElseThrow()).isEqualTo("three-regions-2");

        model.undo();
        model.undo();
        assertThat(model.documentDesign()).isEqualTo(template);
        assertThat(model.variantProperty().get()).isEqualTo("baseline"); // the shown alternative went away
    }

    @Test
    void deletingAnAlternativeShowsTheBaselineAndUndoBringsItBack() {
        model.variantProperty().set("single-region");
        model.deleteAlternative("single-region");
        assertThat(model.variants()).extracting(a -> a.id()).containsExactly("baseline", "n-plus-one");
        assertThat(model.variantProperty().get()).isEqualTo("baseline");
        model.undo();
        assertThat(model.documentDesign()).isEqualTo(template);
        assertThat(model.variantProperty().get()).isEqualTo("single-region");
    }
}
