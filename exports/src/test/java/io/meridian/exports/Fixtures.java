package io.meridian.exports;

import io.meridian.catalog.RegionCatalog;
import io.meridian.evaluation.DesignEvaluation;
import io.meridian.evaluation.Evaluator;
import io.meridian.io.DesignReader;
import io.meridian.model.Design;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** The built-in two-region template, read from the templates module's sources (exports may not depend on it). */
final class Fixtures {
    static final Path TEMPLATES = Path.of("../templates/src/main/resources/io/meridian/templates");

    private Fixtures() {
    }

    static Design template(String id) {
        try {
            Path file = TEMPLATES.resolve(id + ".json");
            return new DesignReader(RegionCatalog.builtin()).read(Files.readString(file), file.toString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Design twoRegion() {
        return template("two-region-active-active");
    }

    static DesignEvaluation evaluate(Design d) {
        return Evaluator.evaluate(d);
    }
}
