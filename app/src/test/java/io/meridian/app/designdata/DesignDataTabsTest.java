package io.meridian.app.designdata;

import static org.assertj.core.api.Assertions.assertThat;

import io.meridian.app.MainViewModel;
import io.meridian.model.Defaults;
import io.meridian.model.Design;
import io.meridian.model.FailureScenario;
import io.meridian.templates.Templates;
import javafx.scene.Scene;
import javafx.scene.control.TabPane;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.controlsfx.control.CheckComboBox;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The design data tabs edit the design as one undoable step each and follow undo. */
@ExtendWith(ApplicationExtension.class)
class DesignDataTabsTest {
    private MainViewModel model;
    private TabPane tabs;
    private AssumptionsTab assumptions;
    private ScenariosTab scenarios;

    @Start
    void start(Stage stage) {
        model = new MainViewModel(Templates.load(Templates.DEFAULT_ID));
        assumptions = new AssumptionsTab(model);
        scenarios = new ScenariosTab(model);
        tabs = new TabPane(assumptions, scenarios, new ProvidersTab(model), new CommonCausesTab(model));
        stage.setScene(new Scene(tabs, 900, 700));
        stage.show();
    }

    private Design design() {
        return model.getDesign();
    }

    @Test
    void downtimeCostIsTypedInAndUndoRestoresIt(FxRobot robot) {
        // The template states 1,000,000 USD/h; the default (0) is the prompt an emptied field shows.
        double stated = design().topology().assumptions().downtimeCostPerHour();
        assertThat(stated).isEqualTo(1_000_000);
        TextField cost = (TextField) assumptions.grid().control("downtimeCostPerHour");
        assertThat(cost.getText()).isEqualTo("1000000");
        assertThat(cost.getPromptText()).isEqualTo("default: 0 USD/h");
        robot.doubleClickOn(cost).press(KeyCode.CONTROL).type(KeyCode.A).release(KeyCode.CONTROL).write("12000")
                .type(KeyCode.ENTER);
        assertThat(design().topology().assumptions().downtimeCostPerHour()).isEqualTo(12_000);
        assertThat(model.document().history().undoNameProperty().get()).isEqualTo("Change downtime cost (USD/h)");

        // A bad value shows the model's message and changes nothing.
        robot.doubleClickOn(cost).press(KeyCode.CONTROL).type(KeyCode.A).release(KeyCode.CONTROL).write("-5")
                .type(KeyCode.ENTER);
        assertThat(design().topology().assumptions().downtimeCostPerHour()).isEqualTo(12_000);
        assertThat(robot.lookup(".inspector-error").queryAllAs(javafx.scene.control.Label.class))
                .anyMatch(l -> l.isVisible() && l.getText().equals("must be a finite number >= 0, got -5.0"));

        robot.type(KeyCode.ESCAPE); // back to the value the design holds
        assertThat(cost.getText()).isEqualTo("12000");
        robot.interact(() -> model.undo());
        assertThat(design().topology().assumptions().downtimeCostPerHour()).isEqualTo(stated);
        assertThat(cost.getText()).isEqualTo("1000000");

        // Emptied: the default, one more undoable step.
        robot.doubleClickOn(cost).press(KeyCode.CONTROL).type(KeyCode.A).release(KeyCode.CONTROL)
                .type(KeyCode.BACK_SPACE).type(KeyCode.ENTER);
        assertThat(design().topology().assumptions().downtimeCostPerHour())
                .isEqualTo(Defaults.DOWNTIME_COST_PER_HOUR);
        assertThat(cost.getText()).isEmpty();
    }

    @Test
    void aFailureScenarioIsAddedWithTwoRegionsChosenByName(FxRobot robot) {
        robot.interact(() -> tabs.getSelectionModel().select(scenarios));
        robot.clickOn("#scenario-add");
        assertThat(scenarios.list().getSelectionModel().getSelectedItem()).isEqualTo("scenario-1");
        @SuppressWarnings("unchecked")
        CheckComboBox<String> regions = (CheckComboBox<String>) scenarios.form().control("regions");
        assertThat(regions.getCheckModel().getCheckedItems()).containsExactly("use1");

        String west = design().topology().region("usw2").orElseThrow().name();
        assertThat(regions.getConverter().toString("usw2")).isEqualTo(west);
        robot.clickOn(regions);
        WaitForAsyncUtils.waitForFxEvents();
        robot.clickOn(west); // the popup lists the regions by name
        robot.type(KeyCode.ESCAPE);
        assertThat(design().topology().scenarios()).containsExactly(new FailureScenario("scenario-1", "Scenario 1",
                java.util.List.of("use1", "usw2"), java.util.List.of()));

        robot.interact(() -> model.undo()); // the second region
        robot.interact(() -> model.undo()); // the scenario
        assertThat(design().topology().scenarios()).isEmpty();
        assertThat(scenarios.list().getItems()).isEmpty();
    }
}
