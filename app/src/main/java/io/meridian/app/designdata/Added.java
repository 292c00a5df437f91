package io.meridian.app.designdata;

import io.meridian.model.Design;

/** A design with a new list entry (a scenario, a dependency), and the entry's id to select. */
public record Added(Design design, String id) {
}
