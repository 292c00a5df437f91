package io.meridian.io;

import io.meridian.model.UncertainInput;
import java.util.ArrayList;
import java.util.List;

/**
 * Collects the problems of one read. Keeps the first {@link #MAX_SHOWN} so a hostile file with a million
 * bad elements still yields a readable report, and counts the rest.
 */
final class ProblemLog {
    static final int MAX_SHOWN = 100;

    private final String source;
    private final List<FileProblem> problems = new ArrayList<>();
    private int count;
    /** The read's other by-product: the numeric fields given as ranges, in file order. */
    private final List<UncertainInput> uncertain = new ArrayList<>();

    ProblemLog(String source) {
        this.source = source;
    }

    void add(String path, String message) {
        count++;
        if (problems.size() < MAX_SHOWN) {
            problems.add(FileProblem.at(source, path, message));
        }
    }

    /** Grows with every problem, so a reader can tell whether an element added any. */
    int count() {
        return count;
    }

    void addUncertain(UncertainInput input) {
        uncertain.add(input);
    }

    List<UncertainInput> uncertain() {
        return List.copyOf(uncertain);
    }

    boolean isEmpty() {
        return count == 0;
    }

    DesignFormatException toException() {
        List<FileProblem> shown = new ArrayList<>(problems);
        if (count > problems.size()) {
            shown.add(FileProblem.whole(source, (count - problems.size()) + " more problems not shown"));
        }
        return new DesignFormatException(shown);
    }
}
