/**
 * Scenario files: reading YAML or JSON into a located tree, {@code --set} overrides, binding to
 * immutable records with every problem reported at its file, line and column, and the unit
 * grammar (durations, rates, distributions).
 */
package org.stormsim.scenario;
