package io.meridian.templates;

/**
 * A built-in design as the gallery and {@code meridian templates} list it.
 *
 * @param id      what {@link Templates#load(String)} takes, e.g. {@code two-region-active-active}
 * @param title   one line for a gallery card
 * @param summary two or three sentences on what the design shows
 */
public record TemplateInfo(String id, String title, String summary) {
    public TemplateInfo {
        if (id == null || id.isBlank()) {
            throw new IllegalArgumentException("a template needs an id");
        }
        title = title == null || title.isBlank() ? id : title;
        summary = summary == null ? "" : summary;
    }
}
