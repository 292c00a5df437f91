package io.meridian.app.suggest;

import io.meridian.app.MainViewModel;
import io.meridian.cost.PriceCatalog;
import io.meridian.model.Dataset;
import io.meridian.model.Design;
import io.meridian.model.DesignSpace;
import io.meridian.model.Link;
import io.meridian.model.ModelException;
import io.meridian.model.Region;
import io.meridian.model.ReplicationMode;
import io.meridian.model.RoutingKind;
import io.meridian.model.Topology;
import io.meridian.model.WriteStrategy;
import io.meridian.search.SearchSpace;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Predicate;
import javafx.beans.binding.Bindings;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Spinner;
import javafx.scene.control.SpinnerValueFactory;
import javafx.scene.control.TitledPane;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/**
 * The search space the baseline declares ({@code "search"} in the file), shown and edited in the Suggest designs
 * window: spares per tier, the modes each replication link may take, the write strategies of each dataset, the
 * routing kinds, the regions the search may leave out; declared instance types are shown read-only. Each change is
 * one undoable edit of the document; undo, redo and any other change of the document refresh it.
 * {@link SearchSpaceTicks} holds the logic.
 */
public final class SearchSpacePane {
    static final String ALTERNATIVE_NOTE = "The search space is declared on the baseline; alternatives are searched "
            + "with the defaults.";

    private static final String WHY = "meridian.space.why";
    private static final double MAX_HEIGHT = 230;

    private final MainViewModel model;
    private final TitledPane pane = new TitledPane();
    private final VBox sections = new VBox(10);
    private final Label note = new Label(ALTERNATIVE_NOTE);
    private final Label problem = new Label();
    private final Spinner<Integer> spares = new Spinner<>(0, DesignSpace.MAX_SPARES,
            SearchSpaceTicks.DEFAULT_SPARES);
    private final List<Tick> ticks = new ArrayList<>();
    private final VBox types = new VBox(2);
    private final ScrollPane scroll = new ScrollPane();
    private PriceCatalog prices;
    private Topology built;
    private boolean searching;
    private boolean updating;

    /** A check box and what it shows of the space. */
    private record Tick(CheckBox box, Predicate<SearchSpaceTicks> ticked) {
    }

    public SearchSpacePane(MainViewModel model, PriceCatalog prices) {
        this.model = model;
        this.prices = prices;
        pane.setId("suggest-space");
        pane.getStyleClass().addAll("search-space", "dense");
        note.setId("suggest-space-note");
        note.setWrapText(true);
        note.managedProperty().bind(note.visibleProperty());
        problem.setId("suggest-space-problem");
        problem.setWrapText(true);
        problem.getStyleClass().add("search-space-problem");
        problem.managedProperty().bind(problem.visibleProperty());
        problem.setVisible(false);
        spares.setId("space-spares");
        spares.setPrefWidth(80);
        spares.valueProperty().addListener((obs, old, now) -> {
            if (!updating && now != null) {
                change(s -> s.withSpares(now));
            }
        });
        scroll.setContent(sections);
        scroll.setFitToWidth(true);
        // As tall as the choices up to a few rows; ten regions' worth scrolls, and the results keep their room.
        scroll.prefViewportHeightProperty().bind(Bindings.createDoubleBinding(
                () -> Math.min(MAX_HEIGHT, sections.getHeight()), sections.heightProperty()));
        scroll.setMinHeight(90);
        sections.setId("suggest-space-choices");
        sections.setPadding(new Insets(2, 4, 2, 2));
        VBox content = new VBox(6, note, problem, scroll);
        pane.setContent(content);
        Design d = model.documentDesign();
        pane.setExpanded(!d.space().isEmpty()); // open when the file declares something, else out of the way
        model.document().designProperty().addListener(o -> refresh());
        model.variantProperty().addListener(o -> refresh());
        refresh();
    }

    public TitledPane node() {
        return pane;
    }

    /** Shown again: prices re-read (a declared instance type without its own price is priced from them). */
    public void refresh(PriceCatalog catalogue) {
        this.prices = catalogue;
        refresh();
    }

    /** Disabled while a search runs: the space it searches stays the one it started with. */
    public void setSearching(boolean value) {
        searching = value;
        refresh();
    }

    /** Reads the document's baseline and its space, rebuilding the rows when the baseline changed. */
    public void refresh() {
        Design d = model.documentDesign();
        SearchSpaceTicks now = new SearchSpaceTicks(d.topology(), d.space());
        if (!d.topology().equals(built)) {
            build(now);
            scroll.setVvalue(0);
            built = d.topology();
        }
        updating = true;
        try {
            spares.getValueFactory().setValue(now.spares());
            for (Tick t : ticks) {
                t.box().setSelected(t.ticked().test(now));
            }
        } finally {
            updating = false;
        }
        showInstanceTypes(now);
        boolean baseline = Design.BASELINE_ID.equals(model.variantProperty().get());
        note.setVisible(!baseline);
        sections.setDisable(searching || !baseline);
        pane.setText(title(d));
    }

    private String title(Design d) {
        try {
            SearchSpace s = SearchSpace.of(d, prices);
            int n = s.choices().size();
            return "Search space — " + n + " open choice" + (n == 1 ? "" : "s") + ", "
                    + SearchSpaceTicks.count(s.size()) + " candidate" + (s.size() == 1 ? "" : "s");
        } catch (ModelException e) {
            return "Search space — cannot be used: " + e.getMessage();
        }
    }

    private void change(Function<SearchSpaceTicks, DesignSpace> edit) {
        Optional<String> refused = model.document().edit("Change search space",
                d -> d.withSpace(edit.apply(new SearchSpaceTicks(d.topology(), d.space()))));
        problem.setText(refused.map(p -> "Not changed: " + p).orElse(""));
        problem.setVisible(refused.isPresent());
        refresh(); // a refused or empty change puts the ticks back
    }

    private void build(SearchSpaceTicks s) {
        ticks.clear();
        List<Node> out = new ArrayList<>();
        Label sparesNote = new Label("(" + s.serviceTiers() + " service tier" + (s.serviceTiers() == 1 ? "" : "s")
                + "; default " + SearchSpaceTicks.DEFAULT_SPARES + ", above what the capacity engine says a tier "
                + "needs)");
        sparesNote.getStyleClass().add("hint");
        HBox sparesRow = new HBox(8, new Label("Spare instances per tier, at most"), spares, sparesNote);
        sparesRow.setAlignment(Pos.CENTER_LEFT);
        out.add(sparesRow);
        if (!s.datasets().isEmpty()) {
            GridPane grid = grid();
            int row = 0;
            for (Dataset d : s.datasets()) {
                FlowPane boxes = flow();
                for (WriteStrategy w : SearchSpaceTicks.STRATEGIES) {
                    CheckBox box = box("space-strategy-" + d.id() + "-" + w.id(), w.id(), w == d.strategy(),
                            "the dataset's strategy now: always searched", x -> x.strategies(d.id()).contains(w));
                    box.setOnAction(e -> onTick(x -> x.withStrategy(d.id(), w, box.isSelected())));
                    boxes.getChildren().add(place(box));
                }
                grid.addRow(row++, name(d.name()), boxes);
            }
            out.add(section("Write strategies the search may try (the current one alone: fixed)", grid));
        }
        if (s.hasRouting()) {
            FlowPane kinds = flow();
            RoutingKind own = s.routing().iterator().next();
            for (RoutingKind k : SearchSpaceTicks.KINDS) {
                CheckBox box = box("space-routing-" + k.id(), k.id(), k == own,
                        "the routing layer's kind now: always searched", x -> x.routing().contains(k));
                s.routingProblem(k).ifPresent(why -> lock(box, "Not for this design: " + why));
                box.setOnAction(e -> onTick(x -> x.withRouting(k, box.isSelected())));
                kinds.getChildren().add(place(box));
            }
            out.add(section("Routing kinds the search may try", kinds));
        }
        if (!s.links().isEmpty()) {
            GridPane grid = grid();
            int row = 0;
            for (Link l : s.links()) {
                FlowPane boxes = flow();
                for (ReplicationMode m : s.modesOffered(l)) {
                    CheckBox box = box("space-mode-" + l.id() + "-" + m.id(), m.id(), m == l.mode(),
                            "the link's mode now: always searched", x -> x.modes(l.id()).contains(m));
                    box.setOnAction(e -> onTick(x -> x.withMode(l.id(), m, box.isSelected())));
                    boxes.getChildren().add(place(box));
                }
                grid.addRow(row++, name(s.linkName(l)), boxes);
            }
            out.add(section("Replication modes the search may try", grid));
        }
        FlowPane regions = flow();
        for (Region r : s.regions()) {
            CheckBox box = box("space-region-" + r.id(), r.name(), false, null, x -> x.optional(r.id()));
            box.setTooltip(new Tooltip(r.catalogId() != null ? r.catalogId() : r.id()));
            s.regionLock(r.id()).ifPresent(why -> lock(box, "Never left out: " + why));
            box.setOnAction(e -> onTick(x -> x.withOptionalRegion(r.id(), box.isSelected())));
            regions.getChildren().add(place(box));
        }
        out.add(section("Regions that may be left out, with everything in them", regions));
        out.add(section("Instance types", types));
        sections.getChildren().setAll(out);
    }

    /** The declared instance types, read-only: they are edited in the file. */
    private void showInstanceTypes(SearchSpaceTicks s) {
        List<Node> lines = new ArrayList<>();
        s.instanceTypeLines().forEach(line -> lines.add(new Label(line)));
        Label note = new Label((lines.isEmpty() ? "None declared: every tier keeps its drawn type. " : "")
                + "Instance types are declared in the file (docs/file-format.md#search).");
        note.getStyleClass().add("hint");
        note.setWrapText(true);
        lines.add(note);
        types.getChildren().setAll(lines);
    }

    private void onTick(Function<SearchSpaceTicks, DesignSpace> edit) {
        if (!updating) {
            change(edit);
        }
    }

    private CheckBox box(String id, String text, boolean own, String ownTip, Predicate<SearchSpaceTicks> ticked) {
        CheckBox box = new CheckBox(text);
        box.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        box.setId(id.replaceAll("[^A-Za-z0-9_-]", "_"));
        box.setMnemonicParsing(false);
        if (own) {
            lock(box, ownTip); // the design as drawn is always a candidate
        }
        ticks.add(new Tick(box, ticked));
        return box;
    }

    private static void lock(CheckBox box, String why) {
        box.setDisable(true);
        box.getProperties().put(WHY, why);
    }

    /** The box, in a holder that shows why when it is locked (a disabled control shows no tooltip of its own). */
    private static Node place(CheckBox box) {
        Object why = box.getProperties().get(WHY);
        if (why == null) {
            return box;
        }
        HBox holder = new HBox(box);
        holder.setAlignment(Pos.CENTER_LEFT);
        Tooltip.install(holder, new Tooltip(why.toString()));
        return holder;
    }

    private static Node section(String title, Node body) {
        Label head = new Label(title);
        head.getStyleClass().add("search-space-head");
        return new VBox(4, head, body);
    }

    /** An element's name in the first column: wrapped when long, never cut. */
    private static Label name(String text) {
        Label l = new Label(text);
        l.setWrapText(true);
        l.setMinWidth(140);
        l.setMaxWidth(330);
        return l;
    }

    private static GridPane grid() {
        GridPane g = new GridPane();
        g.setHgap(12);
        g.setVgap(4);
        ColumnConstraints boxes = new ColumnConstraints();
        boxes.setHgrow(Priority.ALWAYS);
        g.getColumnConstraints().setAll(new ColumnConstraints(), boxes);
        return g;
    }

    private static FlowPane flow() {
        FlowPane f = new FlowPane(14, 4);
        f.setPrefWrapLength(600);
        return f;
    }
}
