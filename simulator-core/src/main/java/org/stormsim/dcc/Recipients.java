package org.stormsim.dcc;

import org.stormsim.scenario.DccUser;

/**
 * Who an alert goes to: every User entitled to it, the importing Supplier of the hub's cohort and,
 * for a power outage or restoration alert, also its Network Operator (issue of the Service Level
 * review: "each alert goes to every User entitled to it"). A hub in no cohort: the first User as its
 * Supplier, the first Electricity Distributor as its Network Operator. Users are numbered in the order
 * of the scenario. Immutable.
 */
final class Recipients {
    private final Population population;
    private final DccUser[] users;

    Recipients(Population population, DccUser[] users) {
        this.population = population;
        this.users = users;
    }

    /** The Supplier of hub {@code hub} of region {@code r}. */
    int supplierOfHub(int r, long hub) {
        int c = population.cohortOf(r, hub);
        return c < 0 ? 0 : supplierOf(c);
    }

    /** The Network Operator of hub {@code hub} of region {@code r}, or -1 when it has none. */
    int operatorOfHub(int r, long hub) {
        int c = population.cohortOf(r, hub);
        return c < 0 ? firstDistributor() : operatorOf(c);
    }

    /** The Supplier of cohort {@code c}. */
    int supplierOf(int c) {
        return userIndex(population.cohorts[c].supplier());
    }

    /** The Network Operator of cohort {@code c}, or -1. */
    int operatorOf(int c) {
        String no = population.cohorts[c].networkOperator();
        return no == null ? -1 : userIndex(no);
    }

    private int firstDistributor() {
        for (int i = 0; i < users.length; i++) {
            if (users[i].role() == DccUser.Role.ELECTRICITY_DISTRIBUTOR) {
                return i;
            }
        }
        return -1;
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
