package io.meridian.app;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The module layering of DESIGN.md §1, checked on the compiled classes of every module: the engine
 * (model module) uses no UI, no report library and none of our other modules; templates and exports
 * use only the model and never each other; only the app knows JavaFX.
 */
class ArchitectureTest {
    private static final String TEMPLATES = "io.meridian.templates..";
    private static final String EXPORTS = "io.meridian.exports..";
    private static final String APP = "io.meridian.app..";
    private static final String CLI = "io.meridian.cli..";

    private static JavaClasses classes;

    @BeforeAll
    static void importAllModules() {
        classes = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                // Builds with -Dbuild.dir=target-x put test classes where the predefined option does not look.
                .withImportOption(location -> !location.contains("/test-classes/"))
                .importPackages("io.meridian");
    }

    @Test
    void seesTheClassesOfEveryModule() {
        Set<String> packages = classes.stream().map(JavaClass::getPackageName).collect(Collectors.toSet());
        assertThat(classes).isNotEmpty();
        assertThat(packages).contains("io.meridian.model", "io.meridian.io", "io.meridian.templates",
                "io.meridian.app", "io.meridian.app.canvas", "io.meridian.cli");
        assertThat(classes.stream().map(JavaClass::getName)).doesNotContain(ArchitectureTest.class.getName());
    }

    @Test
    void theEngineDependsOnNoUiNoReportLibraryAndNoOtherModule() {
        // "The model module" = every io.meridian package outside the other modules' roots, so an engine
        // package added later (availability, cost, …) is covered without editing this rule.
        noClasses().that().resideInAPackage("io.meridian..")
                .and().resideOutsideOfPackages(TEMPLATES, EXPORTS, APP, CLI)
                .should().dependOnClassesThat().resideInAnyPackage("javafx..", "org.apache.poi..",
                        "org.apache.pdfbox..", TEMPLATES, EXPORTS, APP, CLI)
                .check(classes);
    }

    @Test
    void templatesAndExportsUseNoJavaFxAndNotTheApp() {
        noClasses().that().resideInAnyPackage(TEMPLATES, EXPORTS)
                .should().dependOnClassesThat().resideInAnyPackage("javafx..", APP, CLI)
                .check(classes);
    }

    @Test
    void templatesAndExportsDoNotDependOnEachOther() {
        noClasses().that().resideInAPackage(TEMPLATES).should().dependOnClassesThat().resideInAPackage(EXPORTS)
                .check(classes);
        // The exports module may have no classes yet; the rule must still hold once it has some.
        noClasses().that().resideInAPackage(EXPORTS).should().dependOnClassesThat().resideInAPackage(TEMPLATES)
                .allowEmptyShould(true)
                .check(classes);
    }

    @Test
    void theMapLayoutIsPlainGeometryForTheAppAndTheReports() {
        // One placement for the app's map and the PDF's map (issue 14): it lives in the model module, where both
        // can reach it, knows no UI and no report library (the rule above), and no engine or design type either, so
        // the engines never see canvas layout and the reports can feed it their own measures.
        noClasses().that().resideInAPackage("io.meridian.maplayout..")
                .should().dependOnClassesThat().resideInAnyPackage("io.meridian.model..", "io.meridian.io..",
                        "io.meridian.evaluation..", "io.meridian.catalog..", "javafx..")
                .check(classes);
    }

    @Test
    void theEnginePackagesAreLayered() {
        // Each engine sees only the layers below it: shared concepts (where a dataset's copies live, who takes over)
        // sit below the engines, and only the evaluation combines the engines' results.
        layeredArchitecture().consideringOnlyDependenciesInLayers()
                .layer("Model").definedBy("io.meridian.model..")
                .layer("Foundations").definedBy("io.meridian.catalog..", "io.meridian.routing..",
                        "io.meridian.placement..")
                .layer("Paths and loads").definedBy("io.meridian.latency..", "io.meridian.capacity..",
                        "io.meridian.cost..")
                .layer("Recovery").definedBy("io.meridian.recovery..")
                .layer("Outcomes").definedBy("io.meridian.availability..", "io.meridian.consistency..")
                .layer("Evaluation").definedBy("io.meridian.evaluation..")
                .layer("Analyses").definedBy("io.meridian.risk..", "io.meridian.uncertainty..",
                        "io.meridian.search..")
                .layer("Design files").definedBy("io.meridian.io..")
                .layer("Map layout").definedBy("io.meridian.maplayout..")
                .layer("Modules").definedBy(TEMPLATES, EXPORTS, APP, CLI)
                .whereLayer("Analyses").mayOnlyBeAccessedByLayers("Modules")
                .whereLayer("Evaluation").mayOnlyBeAccessedByLayers("Analyses", "Modules")
                .whereLayer("Design files").mayOnlyBeAccessedByLayers("Analyses", "Modules")
                .whereLayer("Map layout").mayOnlyBeAccessedByLayers("Modules")
                .whereLayer("Outcomes").mayOnlyBeAccessedByLayers("Evaluation", "Analyses", "Modules")
                .whereLayer("Recovery").mayOnlyBeAccessedByLayers("Outcomes", "Evaluation", "Analyses", "Modules")
                .whereLayer("Paths and loads").mayOnlyBeAccessedByLayers("Recovery", "Outcomes", "Evaluation",
                        "Analyses", "Modules")
                .whereLayer("Foundations").mayOnlyBeAccessedByLayers("Paths and loads", "Recovery", "Outcomes",
                        "Evaluation", "Analyses", "Design files", "Modules")
                .whereLayer("Model").mayOnlyBeAccessedByLayers("Foundations", "Paths and loads", "Recovery",
                        "Outcomes", "Evaluation", "Analyses", "Design files", "Modules")
                .check(classes);
    }
}
