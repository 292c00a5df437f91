package io.meridian.uncertainty;

/**
 * The share of an output's variance over the samples explained by one input alone (first-order Sobol index,
 * estimated from the propagation's samples).
 *
 * @param index in [0, 1]; an input with no effect still scores about (classes − 1)/(samples − 1) by chance
 */
public record FirstOrderIndex(String path, String label, double index) {
}
