package io.meridian.app.walkthrough;

import io.meridian.templates.Walkthrough;
import io.meridian.templates.WalkthroughStep;
import java.util.Optional;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/**
 * The walkthrough panel: the story's title and progress, the step's title and text, what the step did (variant,
 * failures, result tab), and Back / Next. Before the first step it shows a cover with Start.
 */
public final class WalkthroughPanel extends VBox {
    private final WalkthroughPlayer player;
    private final Label story = new Label();
    private final Label counter = new Label();
    private final ProgressBar progress = new ProgressBar(0);
    private final Label title = new Label();
    private final Label text = new Label();
    private final VBox actions = new VBox(3);
    private final Button back = new Button("◀ Back");
    private final Button next = new Button("Next ▶");
    private final Button end = new Button("End");
    private final MenuButton jump = new MenuButton("All steps");

    public WalkthroughPanel(WalkthroughPlayer player) {
        this.player = player;
        getStyleClass().add("walkthrough-panel");
        setId("walkthrough-panel");
        story.getStyleClass().add("walkthrough-story");
        story.setWrapText(true);
        counter.getStyleClass().add("walkthrough-counter");
        progress.getStyleClass().add("walkthrough-progress");
        progress.setMaxWidth(Double.MAX_VALUE);
        title.getStyleClass().add("walkthrough-step-title");
        title.setId("walkthrough-step-title");
        title.setWrapText(true);
        text.getStyleClass().add("walkthrough-text");
        text.setId("walkthrough-text");
        text.setWrapText(true);
        text.setMinHeight(Region.USE_PREF_SIZE);
        actions.getStyleClass().add("walkthrough-actions");

        VBox body = new VBox(10, title, text, actions);
        body.getStyleClass().add("walkthrough-body");
        ScrollPane scroll = new ScrollPane(body);
        scroll.setFitToWidth(true);
        scroll.getStyleClass().add("walkthrough-scroll");
        VBox.setVgrow(scroll, Priority.ALWAYS);

        back.setId("walkthrough-back");
        back.setTooltip(new Tooltip("Previous step (Alt+←)"));
        back.setOnAction(e -> player.back());
        back.disableProperty().bind(player.canBackProperty().not());
        next.setId("walkthrough-next");
        next.getStyleClass().add("accent");
        next.setDefaultButton(false);
        next.setOnAction(e -> {
            if (player.indexProperty().get() == WalkthroughPlayer.NOT_STARTED) {
                player.go(0);
            } else {
                player.next();
            }
        });
        next.disableProperty().bind(player.canNextProperty().not());
        end.setId("walkthrough-end");
        end.setTooltip(new Tooltip("Leave the walkthrough: failures cleared, the baseline on show"));
        end.setOnAction(e -> player.end());
        Region spring = new Region();
        HBox.setHgrow(spring, Priority.ALWAYS);
        HBox buttons = new HBox(6, back, next, spring, end);
        buttons.setAlignment(Pos.CENTER_LEFT);
        buttons.getStyleClass().add("walkthrough-buttons");

        jump.setId("walkthrough-steps");
        jump.getStyleClass().add("walkthrough-steps");
        jump.setTooltip(new Tooltip("Go to any step"));
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        HBox line = new HBox(8, counter, gap, jump);
        line.setAlignment(Pos.CENTER_LEFT);
        VBox head = new VBox(4, story, line, progress);
        head.getStyleClass().add("walkthrough-head");
        getChildren().addAll(head, scroll, buttons);
        player.indexProperty().addListener(o -> refresh());
        player.walkthroughProperty().addListener(o -> refresh());
        refresh();
    }

    private void refresh() {
        Optional<Walkthrough> w = player.walkthrough();
        int n = player.steps().size();
        int i = player.indexProperty().get();
        story.setText(w.map(Walkthrough::title).orElse("No walkthrough"));
        end.setVisible(i != WalkthroughPlayer.NOT_STARTED);
        jump.getItems().clear();
        for (int k = 0; k < n; k++) {
            int target = k;
            MenuItem item = new MenuItem((k + 1) + ". " + player.steps().get(k).title());
            item.setOnAction(e -> player.go(target));
            jump.getItems().add(item);
        }
        jump.setVisible(n > 0);
        actions.getChildren().clear();
        if (w.isEmpty() || n == 0) {
            counter.setText("");
            progress.setProgress(0);
            title.setText("This design has no walkthrough");
            text.setText("The built-in designs (File → New…) come with a guided story: each step highlights "
                    + "elements, fails a region where the story needs it and opens the result to read.");
            next.setText("Next ▶");
            return;
        }
        Optional<WalkthroughStep> step = player.step();
        if (step.isEmpty()) {
            counter.setText(n + " steps");
            progress.setProgress(0);
            title.setText("A guided tour of this design");
            text.setText("Each step highlights elements on the map, applies a what-if where the story fails a "
                    + "region, switches to the variant it discusses and opens the result to read. The last step "
                    + "is the follow-up question and what Meridian's numbers say about it.\n\n"
                    + "Next (Alt+→) and Back (Alt+←) move through the steps; End leaves the tour.");
            next.setText("Start ▶");
            return;
        }
        WalkthroughStep s = step.get();
        counter.setText("Step " + (i + 1) + " of " + n);
        progress.setProgress((i + 1) / (double) n);
        title.setText(s.title());
        text.setText(s.text());
        next.setText(i + 1 < n ? "Next ▶" : "Last step");
        for (String a : player.actions(s)) {
            Label line = new Label(a);
            line.getStyleClass().add("walkthrough-action");
            line.setWrapText(true);
            actions.getChildren().add(line);
        }
    }
}
