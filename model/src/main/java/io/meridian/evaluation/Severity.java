package io.meridian.evaluation;

/** How much a finding matters: an error breaks an objective or loses data, a warning risks it, info explains. */
public enum Severity {
    ERROR, WARNING, INFO
}
