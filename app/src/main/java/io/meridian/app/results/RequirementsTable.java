package io.meridian.app.results;

import io.meridian.capacity.InstanceRequirements;
import io.meridian.capacity.TierRequirement;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.Tooltip;
import javafx.scene.input.MouseEvent;
import javafx.util.Duration;

/**
 * The instances each tier needs, in a virtualised table: a large design has hundreds of tiers, and a grid of
 * labels for them cost a second of layout. The table scrolls itself after {@link #VISIBLE_ROWS} rows.
 */
final class RequirementsTable {
    static final int VISIBLE_ROWS = 12;

    private RequirementsTable() {
    }

    static Node of(InstanceRequirements req, Names names) {
        if (req.tiers().isEmpty()) {
            return Cells.note("No service tiers with a stated capacity.");
        }
        TableView<TierRequirement> table = new TableView<>();
        table.getStyleClass().addAll("requirements-table", "dense");
        // Widths stated, not fitted: fitting a column to its content measures every row, which is the cost.
        table.getColumns().add(column("Tier", 180, t -> names.of(t.componentId()), t -> names.full(t.componentId()),
                false, null));
        table.getColumns().add(column("Region", 110, TierRequirement::regionId, t -> names.full(t.regionId()), false,
                null));
        table.getColumns().add(column("Has", 60, t -> String.valueOf(t.instances()), null, true, null));
        table.getColumns().add(column("Needs", 70, t -> Format.plain(t.needed().value()), t -> t.needed().explain(),
                true, null));
        table.getColumns().add(column("Change", 70, t -> t.delta() > 0 ? "+" + t.delta() : String.valueOf(t.delta()),
                null, true, t -> t.sufficient() ? "pass" : "fail"));
        table.getColumns().add(column("Worst scenario", 200, TierRequirement::worstScenarioId,
                t -> Format.plain(t.peakLoadRps()) + " rps peak load in this scenario", false, null));
        table.getItems().setAll(req.tiers());
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY);
        table.setFixedCellSize(26);
        int shown = Math.min(VISIBLE_ROWS, req.tiers().size());
        // Header plus rows, plus a little for the borders: the table never asks for more than that.
        table.setPrefHeight(30 + shown * 26 + 4);
        table.setMinHeight(table.getPrefHeight());
        table.setMaxWidth(760);
        Label verdict = Cells.text(req.met() ? "Every tier rides it out at its target utilisation."
                : "Some tiers are short: add the instances marked +.", req.met() ? "pass" : "fail");
        return Cells.sections(table, verdict);
    }

    private static TableColumn<TierRequirement, String> column(String title, double width, Function<TierRequirement, String> text,
                                                                Function<TierRequirement, String> tip, boolean numeric,
                                                                Function<TierRequirement, String> styleClass) {
        TableColumn<TierRequirement, String> c = new TableColumn<>(title);
        c.setSortable(false);
        c.setPrefWidth(width);
        c.setCellValueFactory(f -> new ReadOnlyStringWrapper(text.apply(f.getValue())));
        c.setCellFactory(col -> new TableCell<>() {
            private Tooltip tooltip;
            private TierRequirement row;

            {
                if (numeric) {
                    setAlignment(Pos.CENTER_RIGHT);
                }
                // The tooltip is made on first hover: a Tooltip per cell made up front is most of the table's cost.
                if (tip != null) {
                    addEventHandler(MouseEvent.MOUSE_ENTERED, e -> explain());
                }
            }

            private void explain() {
                if (row == null) {
                    return;
                }
                if (tooltip == null) {
                    tooltip = new Tooltip();
                    tooltip.setWrapText(true);
                    tooltip.setMaxWidth(520);
                    tooltip.setShowDelay(Duration.millis(300));
                    setTooltip(tooltip);
                }
                tooltip.setText(tip.apply(row));
            }

            @Override
            protected void updateItem(String item, boolean empty) {
                super.updateItem(item, empty);
                getStyleClass().removeAll("pass", "fail");
                int i = getIndex();
                row = empty || i < 0 || i >= getTableView().getItems().size() ? null
                        : getTableView().getItems().get(i);
                setText(empty ? null : item);
                if (row != null && styleClass != null) {
                    getStyleClass().add(styleClass.apply(row));
                }
                if (tooltip != null) {
                    if (row == null) {
                        setTooltip(null);
                        tooltip = null;
                    } else {
                        tooltip.setText(tip.apply(row));
                    }
                }
            }
        });
        return c;
    }
}
