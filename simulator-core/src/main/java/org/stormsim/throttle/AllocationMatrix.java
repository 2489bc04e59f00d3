package org.stormsim.throttle;

import java.util.List;
import org.stormsim.catalogue.ServiceCategory;
import org.stormsim.catalogue.ServiceRequestCatalogue;
import org.stormsim.catalogue.ServiceRequestVariant;
import org.stormsim.scenario.DccThrottling;
import org.stormsim.scenario.DccUser;

/**
 * The threshold matrix: the cells a limit is set for and each cell's allocation, requests per second.
 * With {@code limitBy: userAndCategory} a cell is a (User, request category) pair, the categories
 * being the four a Service Request is measured in (on-demand, future-dated, DCC-scheduled,
 * firmware); with {@code limitBy: user} a cell is a User. A User's allocation (from
 * {@link AllocationFormula}) is split among its categories by {@code categorySplit}: {@code mix}, by
 * the weights of its own mix (a variant's category is the one its mix entry gives, else the
 * catalogue's), or {@code even}; a User that sends no requests is split evenly [A]. The cells of one
 * User add up to its allocation. Immutable after construction.
 */
public final class AllocationMatrix {
    /** The request categories of the matrix: every Service Level category but alerts. */
    public static final int CATEGORIES = ServiceCategory.ALERTS.ordinal();
    private final boolean byCategory;
    private final double[] perSecond;
    private final double[] userAllocation;

    /** The matrix of {@code users} from their allocations {@code userAllocation} (requests per second). */
    public AllocationMatrix(DccThrottling.ServiceRequestTrafficManagement config, List<DccUser> users, double[] userAllocation) {
        this.byCategory = config.limitBy() == DccThrottling.LimitBy.USER_AND_CATEGORY;
        this.userAllocation = userAllocation.clone();
        this.perSecond = new double[byCategory ? users.size() * CATEGORIES : users.size()];
        for (int u = 0; u < users.size(); u++) {
            if (!byCategory) {
                perSecond[u] = userAllocation[u];
                continue;
            }
            double[] share = split(users.get(u), config.categorySplit());
            for (int c = 0; c < CATEGORIES; c++) {
                perSecond[u * CATEGORIES + c] = userAllocation[u] * share[c];
            }
        }
    }

    /** The User's share of its allocation per category. */
    static double[] split(DccUser user, DccThrottling.CategorySplit how) {
        double[] share = new double[CATEGORIES];
        if (how == DccThrottling.CategorySplit.MIX && user.serviceRequests() != null) {
            double total = 0;
            for (DccUser.Mix m : user.serviceRequests().mix()) {
                ServiceRequestVariant v = ServiceRequestCatalogue.get().find(m.variant());
                ServiceCategory c = m.category() != null ? m.category() : v.defaultCategory();
                share[c.ordinal()] += m.weight();
                total += m.weight();
            }
            for (int c = 0; c < CATEGORIES; c++) {
                share[c] /= total;
            }
            return share;
        }
        java.util.Arrays.fill(share, 1.0 / CATEGORIES);
        return share;
    }

    /** The number of cells. */
    public int cells() {
        return perSecond.length;
    }

    /** The cell of a request of User {@code user} in category {@code category} (a {@link ServiceCategory} ordinal). */
    public int cellOf(int user, int category) {
        return byCategory ? user * CATEGORIES + category : user;
    }

    /** Cell {@code cell}'s allocation, requests per second. */
    public double allocation(int cell) {
        return perSecond[cell];
    }

    /** Whether the cells are (User, category) pairs. */
    public boolean byCategory() {
        return byCategory;
    }

    /** User {@code user}'s whole allocation, requests per second. */
    public double userAllocation(int user) {
        return userAllocation[user];
    }
}
