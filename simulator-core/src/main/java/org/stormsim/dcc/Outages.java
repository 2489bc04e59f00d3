package org.stormsim.dcc;

/**
 * The power outages of a run: for each, its region and its contiguous range of hubs, and whether
 * power is off now. Checked for every alert raised (a hub without power raises nothing), so it is a
 * few primitive arrays scanned linearly (runs have a handful of outages). Kernel thread only.
 */
final class Outages {
    private final int[] region;
    private final long[] from;
    private final long[] to;
    private final boolean[] active;
    private int activeCount;

    Outages(int n) {
        region = new int[n];
        from = new long[n];
        to = new long[n];
        active = new boolean[n];
    }

    void begin(int i, int r, long firstHub, long hubs) {
        region[i] = r;
        from[i] = firstHub;
        to[i] = firstHub + hubs;
        active[i] = true;
        activeCount++;
    }

    void end(int i) {
        if (active[i]) {
            active[i] = false;
            activeCount--;
        }
    }

    long from(int i) {
        return from[i];
    }

    long to(int i) {
        return to[i];
    }

    boolean off(int r, long hub) {
        if (activeCount == 0) {
            return false;
        }
        for (int i = 0; i < region.length; i++) {
            if (active[i] && region[i] == r && hub >= from[i] && hub < to[i]) {
                return true;
            }
        }
        return false;
    }
}
