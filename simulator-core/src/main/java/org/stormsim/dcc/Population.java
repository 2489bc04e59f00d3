package org.stormsim.dcc;

import java.util.List;
import org.stormsim.scenario.DccPopulation;
import org.stormsim.scenario.DccScenario;

/**
 * The installed base laid out for the model: each region's hubs are numbered from 0, and each
 * cohort in the region owns a contiguous range of them (its share of the region, in file order);
 * hubs past the last cohort belong to none (they lose power and re-register, but raise no cohort
 * alerts). Immutable after construction.
 */
final class Population {
    static final int REGIONS = 3;

    final long[] hubs = new long[REGIONS];
    final String[] cohortIds;
    final DccPopulation.Cohort[] cohorts;
    /** [cohort][region]: the first hub of the cohort in the region, and how many. */
    final long[][] base;
    final long[][] count;

    Population(DccScenario s) {
        DccPopulation p = s.population();
        List<DccPopulation.Cohort> list = p.cohorts();
        cohorts = list.toArray(new DccPopulation.Cohort[0]);
        cohortIds = new String[cohorts.length];
        base = new long[cohorts.length][REGIONS];
        count = new long[cohorts.length][REGIONS];
        for (int r = 0; r < REGIONS; r++) {
            String region = DccScenario.REGIONS.get(r);
            hubs[r] = p.hubs(region);
            long next = 0;
            for (int c = 0; c < cohorts.length; c++) {
                cohortIds[c] = cohorts[c].id();
                base[c][r] = next;
                count[c][r] = cohorts[c].inRegion(region) ? Math.round(hubs[r] * cohorts[c].share()) : 0;
                next = Math.min(hubs[r], next + count[c][r]);
                count[c][r] = next - base[c][r];
            }
        }
    }

    /** The cohort that hub {@code hub} of region {@code r} belongs to, or -1. */
    int cohortOf(int r, long hub) {
        for (int c = 0; c < cohorts.length; c++) {
            if (hub >= base[c][r] && hub < base[c][r] + count[c][r]) {
                return c;
            }
        }
        return -1;
    }

    int cohortIndex(String id) {
        for (int c = 0; c < cohortIds.length; c++) {
            if (cohortIds[c].equals(id)) {
                return c;
            }
        }
        return -1;
    }

    static int regionIndex(String r) {
        return DccScenario.REGIONS.indexOf(r);
    }
}
