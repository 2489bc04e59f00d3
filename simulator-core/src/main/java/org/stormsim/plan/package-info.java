/**
 * The run plan, the one way every command runs a scenario: its kind (what each scenario kind does at
 * every layer, picked by a visitor), the phases (a warm-up pilot, the replications or
 * {@code --precision} rounds of them, the counterfactual), what a plan ran, and the run's output
 * files. {@code run}, sweeps, lane sizing and the baselines all run plans.
 */
package org.stormsim.plan;
