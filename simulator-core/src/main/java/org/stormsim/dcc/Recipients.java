package org.stormsim.dcc;

import org.stormsim.scenario.DccUser;

/**
 * Who an alert goes to: the Supplier of the hub's cohort, or for outage alerts its Network Operator
 * (a hub in no cohort: the first Electricity Distributor for outage alerts, else the first User).
 * Users are numbered in the order of the scenario. Immutable.
 */
final class Recipients {
    private final Population population;
    private final DccUser[] users;

    Recipients(Population population, DccUser[] users) {
        this.population = population;
        this.users = users;
    }

    /** The recipient of an alert from hub {@code hub} of region {@code r}. */
    int forHub(int r, long hub, boolean outageCode) {
        int c = population.cohortOf(r, hub);
        return c < 0 ? defaultRecipient(outageCode) : forCohort(c, outageCode);
    }

    /** The recipient of an alert from a device of cohort {@code c}. */
    int forCohort(int c, boolean outageCode) {
        String no = population.cohorts[c].networkOperator();
        return userIndex(outageCode && no != null ? no : population.cohorts[c].supplier());
    }

    private int defaultRecipient(boolean outageCode) {
        for (int i = 0; outageCode && i < users.length; i++) {
            if (users[i].role() == DccUser.Role.ELECTRICITY_DISTRIBUTOR) {
                return i;
            }
        }
        return 0;
    }

    /** The index of the User with id {@code id}. */
    int userIndex(String id) {
        for (int i = 0; i < users.length; i++) {
            if (users[i].id().equals(id)) {
                return i;
            }
        }
        throw new IllegalArgumentException("no user " + id);
    }

    /** The cohort of hub {@code hub} of region {@code r}, or -1. */
    int cohortOf(int r, long hub) {
        return population.cohortOf(r, hub);
    }
}
