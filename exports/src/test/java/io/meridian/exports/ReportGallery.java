package io.meridian.exports;

import io.meridian.evaluation.DesignEvaluation;
import io.meridian.model.Design;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Writes the reports of the built-in templates named on the command line (default: all that issue 14 looks at)
 * and of the generated 14- and 30-region designs into a folder, to render and look at; not a test.
 * {@code ReportGallery OUT [template…]}
 */
public final class ReportGallery {
    private ReportGallery() {
    }

    public static void main(String[] args) throws Exception {
        Path out = Path.of(args.length > 0 ? args[0] : "target/gallery");
        Files.createDirectories(out);
        Map<String, Design> designs = new LinkedHashMap<>();
        String[] ids = args.length > 1 ? java.util.Arrays.copyOfRange(args, 1, args.length)
                : new String[] {"two-region-active-active", "ten-region-multicloud-2pc", "ledger-2pc"};
        for (String id : ids) {
            designs.put(id, Fixtures.template(id));
        }
        designs.put("regions-14", LargeDesigns.ofRegions(14));
        designs.put("regions-30", LargeDesigns.ofRegions(30));
        for (Map.Entry<String, Design> d : designs.entrySet()) {
            DesignEvaluation evaluation = Fixtures.evaluate(d.getValue());
            Reports.writeXlsx(d.getValue(), evaluation, out.resolve(d.getKey() + ".xlsx"));
            Reports.writePdf(d.getValue(), evaluation, out.resolve(d.getKey() + ".pdf"));
            System.out.println(d.getKey());
        }
    }
}
