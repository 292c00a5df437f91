package io.meridian.templates;

/**
 * A built-in design as the gallery and {@code meridian templates} list it.
 *
 * @param id      what {@link Templates#load(String)} takes, e.g. {@code two-region-active-active}
 * @param title   one line for a gallery card
 * @param summary one or two sentences on what the design shows
 * @param seed    where the scenario comes from: the seed article and the question in it; empty for none
 */
public record TemplateInfo(String id, String title, String summary, String seed) {
    public TemplateInfo {
        if (id == null || id.isBlank()) {
            throw new IllegalArgumentException("a template needs an id");
        }
        title = title == null || title.isBlank() ? id : title;
        summary = summary == null ? "" : summary;
        seed = seed == null ? "" : seed;
    }

    public TemplateInfo(String id, String title, String summary) {
        this(id, title, summary, "");
    }
}
