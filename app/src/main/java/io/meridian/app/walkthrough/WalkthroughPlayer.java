package io.meridian.app.walkthrough;

import io.meridian.app.MainViewModel;
import io.meridian.model.Design;
import io.meridian.model.Provider;
import io.meridian.model.Topology;
import io.meridian.templates.ResultView;
import io.meridian.templates.Walkthrough;
import io.meridian.templates.WalkthroughStep;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;

/**
 * Plays the walkthrough of the open design, free of controls: which step is on (−1 before the first), and what a
 * step does to the window — the variant it shows, the what-if it applies, the elements it highlights (through the
 * selection, as a click would) and the result tab it points at.
 */
public final class WalkthroughPlayer {
    /** Before the first step: the panel shows the walkthrough's cover. */
    public static final int NOT_STARTED = -1;

    private final MainViewModel model;
    private final Consumer<ResultView> showResult;
    private final ReadOnlyIntegerWrapper index = new ReadOnlyIntegerWrapper(this, "index", NOT_STARTED);
    private final BooleanBinding canNext;
    private final BooleanBinding canBack;

    /** @param showResult brings a result tab forward (the results panel's own selection) */
    public WalkthroughPlayer(MainViewModel model, Consumer<ResultView> showResult) {
        this.model = model;
        this.showResult = showResult;
        canNext = Bindings.createBooleanBinding(() -> index.get() + 1 < steps().size(), index,
                model.walkthroughProperty());
        canBack = Bindings.createBooleanBinding(() -> index.get() > 0, index);
        model.walkthroughProperty().addListener((obs, old, now) -> index.set(NOT_STARTED));
    }

    /** The walkthrough being played; follows the design (null when it has none). */
    public javafx.beans.property.ReadOnlyObjectProperty<Walkthrough> walkthroughProperty() {
        return model.walkthroughProperty();
    }

    public Optional<Walkthrough> walkthrough() {
        return Optional.ofNullable(model.walkthroughProperty().get());
    }

    public List<WalkthroughStep> steps() {
        return walkthrough().map(Walkthrough::steps).orElse(List.of());
    }

    /** The step on show, from 0; {@link #NOT_STARTED} before the first. */
    public ReadOnlyIntegerProperty indexProperty() {
        return index.getReadOnlyProperty();
    }

    public Optional<WalkthroughStep> step() {
        int i = index.get();
        return i >= 0 && i < steps().size() ? Optional.of(steps().get(i)) : Optional.empty();
    }

    public BooleanBinding canNextProperty() {
        return canNext;
    }

    public BooleanBinding canBackProperty() {
        return canBack;
    }

    public void next() {
        if (canNext.get()) {
            go(index.get() + 1);
        }
    }

    public void back() {
        if (canBack.get()) {
            go(index.get() - 1);
        }
    }

    /** Plays step {@code i} (from 0): switches the variant, applies its what-if, highlights, points at the result. */
    public void go(int i) {
        if (i < 0 || i >= steps().size()) {
            return;
        }
        WalkthroughStep s = steps().get(i);
        model.variantProperty().set(s.variantId());
        model.whatIf().clear();
        s.failedProviders().forEach(model.whatIf()::failProvider);
        s.failedRegions().forEach(model.whatIf()::failRegion);
        Topology t = model.getDesign().topology();
        model.selection().selectAll(s.highlight().stream().filter(t::containsId).toList());
        showResult.accept(s.result());
        index.set(i);
        model.say("Walkthrough " + (i + 1) + "/" + steps().size() + ": " + s.title());
    }

    /** Leaves the walkthrough: failures cleared, the baseline on show, nothing highlighted. */
    public void end() {
        if (index.get() == NOT_STARTED) {
            return;
        }
        model.whatIf().clear();
        model.variantProperty().set(Design.BASELINE_ID);
        model.selection().clear();
        index.set(NOT_STARTED);
        model.say("Walkthrough ended");
    }

    /** What the step does, in words, for the line under its text. */
    public List<String> actions(WalkthroughStep s) {
        List<String> out = new ArrayList<>();
        if (!Design.BASELINE_ID.equals(s.variantId())) {
            model.variants().stream().filter(v -> v.id().equals(s.variantId())).findFirst()
                    .ifPresent(v -> out.add("Variant: " + v.name()));
        }
        List<String> failed = new ArrayList<>();
        s.failedProviders().forEach(p -> failed.add("all of " + provider(p)));
        Topology t = model.getDesign().topology();
        s.failedRegions().forEach(id -> failed.add(t.region(id).map(r -> r.name()).orElse(id)));
        if (!failed.isEmpty()) {
            out.add("Fails " + String.join(", ", failed));
        }
        out.add("Results: " + resultTitle(s.result()));
        return out;
    }

    /** The results panel's tab title for a result view ("capacity" → "Capacity"). */
    public static String resultTitle(ResultView v) {
        String id = v.id();
        return Character.toUpperCase(id.charAt(0)) + id.substring(1);
    }

    private static String provider(Provider p) {
        return p.id().toUpperCase(java.util.Locale.ROOT);
    }
}
