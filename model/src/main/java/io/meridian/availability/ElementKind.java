package io.meridian.availability;

/**
 * The failure domains and elements an importance ranking names (zones fail on their own but are not ranked); the
 * design-level common causes are the routing layer, the global change of the design's own software and each
 * third-party dependency.
 */
public enum ElementKind {
    PROVIDER, REGION, ZONE, ROUTING, POOL, GLOBAL_CHANGE, DEPENDENCY
}
