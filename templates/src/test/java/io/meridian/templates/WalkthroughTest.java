package io.meridian.templates;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.meridian.model.Alternative;
import io.meridian.model.Design;
import io.meridian.model.Provider;
import java.util.List;
import org.junit.jupiter.api.Test;

class WalkthroughTest {
    @Test
    void everyTemplateHasAWalkthroughThatFitsItsDesign() {
        for (TemplateInfo info : Templates.list()) {
            Walkthrough w = Templates.walkthrough(info.id());
            assertThat(w.templateId()).isEqualTo(info.id());
            if (info.id().equals("blank")) {
                assertThat(w.steps()).isEmpty();
                continue;
            }
            Design design = Templates.load(info.id());
            assertThat(w.steps()).as(info.id()).hasSizeGreaterThanOrEqualTo(5);
            // It applies at least one what-if, and ends on the seed's follow-up question.
            assertThat(w.steps()).as(info.id()).anyMatch(WalkthroughStep::failsSomething);
            assertThat(w.steps().get(w.steps().size() - 1).title()).as(info.id()).startsWith("Follow-up");
            // Every alternative the seed weighs is shown by some step.
            for (Alternative a : design.alternatives()) {
                assertThat(w.steps()).as(info.id() + " shows " + a.id()).anyMatch(s -> s.variantId().equals(a.id()));
            }
            assertThat(w.steps()).allSatisfy(s -> assertThat(s.text()).as(s.title()).isNotBlank());
        }
    }

    @Test
    void everyTemplateIsListedWithASeedExceptTheBlankDesign() {
        List<TemplateInfo> list = Templates.list();
        assertThat(list).extracting(TemplateInfo::id).startsWith(Templates.DEFAULT_ID).endsWith("blank");
        assertThat(list).filteredOn(t -> !t.id().equals("blank"))
                .allSatisfy(t -> assertThat(t.seed()).as(t.id()).startsWith("seeds/"))
                .allSatisfy(t -> assertThat(t.summary()).as(t.id()).isNotBlank());
    }

    @Test
    void aStepIsReadWithItsWhatIfAndResult() {
        Design design = Templates.load(Templates.DEFAULT_ID);
        Walkthrough w = WalkthroughReader.read("x", """
                {"title": "T", "steps": [
                  {"title": "Fail", "text": "why", "highlight": ["usw2", "api-usw2"], "failRegions": ["use1"],
                   "failProviders": ["aws"], "result": "capacity", "variant": "n-plus-one"}]}
                """, "x.walkthrough.json", design);
        WalkthroughStep step = w.steps().get(0);
        assertThat(step.variantId()).isEqualTo("n-plus-one");
        assertThat(step.highlight()).containsExactly("usw2", "api-usw2");
        assertThat(step.failedRegions()).containsExactly("use1");
        assertThat(step.failedProviders()).containsExactly(Provider.AWS);
        assertThat(step.result()).isEqualTo(ResultView.CAPACITY);
    }

    @Test
    void aWalkthroughThatDoesNotFitItsDesignIsRefusedWithEveryProblem() {
        Design design = Templates.load(Templates.DEFAULT_ID);
        assertThatThrownBy(() -> WalkthroughReader.read("x", """
                {"title": "T", "colour": "red", "steps": [
                  {"title": "A", "text": "t", "highlight": ["use1", "nowhere"], "failRegions": ["euw1"], "result": "capacity"},
                  {"title": "B", "text": "t", "variant": "three-regions", "result": "latency"},
                  {"title": "C", "text": "t", "failProviders": ["azure", "ibm"], "result": "speed"},
                  {"title": "D"}]}
                """, "x.walkthrough.json", design))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage(String.join("\n",
                        "x.walkthrough.json: $: unknown field 'colour' (expected one of steps, title)",
                        "x.walkthrough.json: $.steps[0].highlight[1]: no element 'nowhere' in variant 'baseline'",
                        "x.walkthrough.json: $.steps[0].failRegions[0]: no region 'euw1' in variant 'baseline'",
                        "x.walkthrough.json: $.steps[1].variant: no variant 'three-regions' (expected baseline or an "
                                + "alternative's id)",
                        "x.walkthrough.json: $.steps[2].failProviders: unknown value 'ibm' (expected aws, gcp, azure, "
                                + "onprem, other)",
                        "x.walkthrough.json: $.steps[2].result: unknown value 'speed' (expected latency, availability, "
                                + "recovery, capacity, cost, consistency, findings, objectives)",
                        "x.walkthrough.json: $.steps[2].failProviders: no region of provider 'azure' in variant "
                                + "'baseline'",
                        "x.walkthrough.json: $.steps[3].text: missing",
                        "x.walkthrough.json: $.steps[3].result: missing (one of latency, availability, recovery, "
                                + "capacity, cost, consistency, findings, objectives)"));
    }

    @Test
    void malformedJsonIsOneLine() {
        Design design = Templates.load("blank");
        assertThatThrownBy(() -> WalkthroughReader.read("x", "{\"title\": ", "x.walkthrough.json", design))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("x.walkthrough.json: malformed JSON: ")
                .hasMessageNotContaining("\n");
    }
}
