package org.stormsim.throttle;

import java.util.List;
import org.stormsim.engine.RandomStream;
import org.stormsim.scenario.DccUser;

/**
 * The forecasts the DCC allocates from, when Users' forecasts are wrong. A User's {@code forecast} is
 * read as what it will send on average; the DCC holds {@code forecast / (1 + e)}, so that the User's
 * actual demand is the held forecast x (1 + e). {@code e} is uniform in [-error, +error], one draw per
 * User in file order from the stream the caller names (drawn for every User, with or without a
 * forecast, so that removing one User's forecast shifts no other User's error). {@code error} 0 holds
 * the forecasts as given and draws nothing. OPSG 28 [S]: "the required accuracy of forecasts, which is
 * currently set at 10%". A User without a forecast has none held (NaN): it gets the floor. Rates in
 * requests per second. Built once per replication, before the run.
 */
public final class ForecastError {
    private ForecastError() {
    }

    /** The forecasts held, requests per second (NaN: the User has none), and the errors drawn into {@code errors} (0 when none). */
    public static double[] held(List<DccUser> users, double error, RandomStream stream, double[] errors) {
        double[] out = new double[users.size()];
        for (int u = 0; u < out.length; u++) {
            double e = error == 0 ? 0 : error * (2 * stream.nextDouble() - 1);
            errors[u] = e;
            DccUser user = users.get(u);
            out[u] = user.forecast() == null ? Double.NaN : user.forecast().perSecond() / (1 + e);
        }
        return out;
    }
}
