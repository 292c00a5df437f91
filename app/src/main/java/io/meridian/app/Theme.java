package io.meridian.app;

import atlantafx.base.theme.PrimerDark;
import atlantafx.base.theme.PrimerLight;

/** The app's two looks: AtlantaFX Primer for the controls, plus a style class that switches our own colours. */
public enum Theme {
    LIGHT(new PrimerLight(), "theme-light"),
    DARK(new PrimerDark(), "theme-dark");

    private final atlantafx.base.theme.Theme base;
    private final String styleClass;

    Theme(atlantafx.base.theme.Theme base, String styleClass) {
        this.base = base;
        this.styleClass = styleClass;
    }

    /** The user-agent stylesheet that styles every control of the application. */
    public String userAgentStylesheet() {
        return base.getUserAgentStylesheet();
    }

    /** Set on the scene root so meridian.css can pick map and canvas colours per theme. */
    public String styleClass() {
        return styleClass;
    }
}
