package io.meridian.evaluation;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** Scripts key on the finding codes: each one is listed in docs/evaluate-json.md. */
class FindingCodesDocumentedTest {
    @Test
    void everyFindingCodeIsListedInTheJsonDocs() throws IOException {
        String docs = Files.readString(Path.of("../docs/evaluate-json.md"));
        for (FindingCode code : FindingCode.values()) {
            assertThat(docs).as("docs/evaluate-json.md lists %s", code).contains("`" + code.name() + "`");
        }
    }
}
