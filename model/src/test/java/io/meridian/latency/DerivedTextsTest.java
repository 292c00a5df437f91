package io.meridian.latency;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** Each key's texts are built once and handed out as the same copies; past its bound it builds them again. */
class DerivedTextsTest {
    @Test
    void aKeysTextsAreBuiltOnceAndSharedThenRebuiltAfterTheBound() {
        AtomicInteger built = new AtomicInteger();
        DerivedTexts texts = new DerivedTexts(k -> {
            built.incrementAndGet();
            return new String[] {"share " + k, "latency " + k};
        });
        String share = texts.get("us-east-1", 0);
        assertThat(share).isEqualTo("share us-east-1");
        assertThat(texts.get("us-east-1", 1)).isEqualTo("latency us-east-1");
        assertThat(texts.get("us-east-1", 0)).isSameAs(share);
        assertThat(built).hasValue(1);
        for (int k = 0; k <= 10_001; k++) {
            texts.get("r" + k, 0);
        }
        assertThat(texts.get("us-east-1", 0)).isEqualTo(share);
        assertThat(built.get()).isEqualTo(1 + 10_002 + 1);
    }
}
