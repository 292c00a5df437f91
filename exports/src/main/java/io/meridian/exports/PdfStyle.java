package io.meridian.exports;

import io.meridian.model.ComponentKind;
import io.meridian.model.Provider;
import java.io.IOException;

/** Colours of providers and component kinds, shared by the diagram and its legend. */
final class PdfStyle {
    private PdfStyle() {
    }

    static float[] provider(Provider p) {
        return switch (p) {
            case AWS -> new float[] {0.89f, 0.47f, 0.09f};
            case GCP -> new float[] {0.2f, 0.45f, 0.85f};
            case AZURE -> new float[] {0.0f, 0.55f, 0.68f};
            case ONPREM -> new float[] {0.35f, 0.38f, 0.42f};
            case OTHER -> new float[] {0.5f, 0.35f, 0.6f};
        };
    }

    static float[] kind(ComponentKind k) {
        return switch (k) {
            case SERVICE -> new float[] {0.22f, 0.5f, 0.85f};
            case DATABASE -> new float[] {0.55f, 0.3f, 0.7f};
            case CACHE -> new float[] {0.85f, 0.3f, 0.3f};
            case QUEUE -> new float[] {0.9f, 0.65f, 0.1f};
            case OBJECT_STORE -> new float[] {0.3f, 0.65f, 0.35f};
            case LOAD_BALANCER -> new float[] {0.45f, 0.45f, 0.5f};
        };
    }

    /** A one-line legend of component kinds and line styles, starting at (x, baseline). */
    static void legend(PdfPages pages, float x, float baseline) throws IOException {
        float size = 6.8f;
        for (ComponentKind k : ComponentKind.values()) {
            pages.fillRect(x, baseline - 0.5f, 6, 6, kind(k));
            String label = k.id();
            pages.text(x + 8, baseline, pages.fonts.regular, size, PdfPages.MUTED, label);
            x += 14 + pages.width(pages.fonts.regular, size, label);
        }
        var cs = pages.cs();
        x += 4;
        cs.setStrokingColor(PdfDiagram.REPLICATION[0], PdfDiagram.REPLICATION[1], PdfDiagram.REPLICATION[2]);
        cs.setLineWidth(1.6f);
        cs.moveTo(x, baseline + 2.5f);
        cs.lineTo(x + 14, baseline + 2.5f);
        cs.stroke();
        pages.text(x + 17, baseline, pages.fonts.regular, size, PdfPages.MUTED, "async");
        x += 44;
        cs.setStrokingColor(PdfDiagram.BLOCKING[0], PdfDiagram.BLOCKING[1], PdfDiagram.BLOCKING[2]);
        cs.moveTo(x, baseline + 2.5f);
        cs.lineTo(x + 14, baseline + 2.5f);
        cs.stroke();
        pages.text(x + 17, baseline, pages.fonts.regular, size, PdfPages.MUTED, "sync / quorum");
        x += 70;
        pages.cs().setNonStrokingColor(PdfDiagram.POPULATION[0], PdfDiagram.POPULATION[1], PdfDiagram.POPULATION[2]);
        PdfDiagram.circle(pages.cs(), x + 3, baseline + 2.5f, 3);
        pages.cs().fill();
        pages.text(x + 9, baseline, pages.fonts.regular, size, PdfPages.MUTED, "users → serving regions");
    }
}
