package io.meridian.evaluation;

import io.meridian.model.Checks;
import java.util.List;

/**
 * One rule's verdict on the design.
 *
 * @param elementIds  the elements involved, so the UI can select them
 * @param title       one line
 * @param explanation why it matters, with the numbers
 * @param fix         what to change
 */
public record Finding(FindingCode code, Severity severity, List<String> elementIds, String title,
                      String explanation, String fix) {
    public Finding {
        Checks.present(code, "code");
        Checks.present(severity, "severity");
        elementIds = List.copyOf(elementIds);
        title = Checks.text(title);
        explanation = Checks.text(explanation);
        fix = Checks.text(fix);
    }
}
