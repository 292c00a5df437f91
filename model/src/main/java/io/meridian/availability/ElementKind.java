package io.meridian.availability;

/** The failure domains and elements an importance ranking names (zones fail on their own but are not ranked). */
public enum ElementKind {
    PROVIDER, REGION, ZONE, ROUTING, POOL
}
