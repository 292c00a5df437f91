package io.meridian.availability;

/** The failure domains and elements an importance ranking names. */
public enum ElementKind {
    PROVIDER, REGION, ROUTING, POOL
}
