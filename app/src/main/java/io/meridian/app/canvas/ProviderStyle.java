package io.meridian.app.canvas;

import io.meridian.model.ComponentKind;
import io.meridian.model.Provider;

/** Names and style classes for providers and component kinds; the colours themselves live in the CSS. */
final class ProviderStyle {
    private ProviderStyle() {
    }

    static String styleClass(Provider provider) {
        return "provider-" + provider.id();
    }

    static String label(Provider provider) {
        return switch (provider) {
            case AWS -> "AWS";
            case GCP -> "GCP";
            case AZURE -> "Azure";
            case ONPREM -> "On-prem";
            case OTHER -> "Other";
        };
    }

    /** The short tag on a component chip. */
    static String tag(ComponentKind kind) {
        return switch (kind) {
            case SERVICE -> "SVC";
            case DATABASE -> "DB";
            case CACHE -> "CACHE";
            case QUEUE -> "QUEUE";
            case OBJECT_STORE -> "OBJ";
            case LOAD_BALANCER -> "LB";
        };
    }

    static String styleClass(ComponentKind kind) {
        return "kind-" + kind.id();
    }
}
