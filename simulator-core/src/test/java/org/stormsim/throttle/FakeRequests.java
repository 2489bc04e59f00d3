package org.stormsim.throttle;

import java.util.ArrayList;
import java.util.List;

/**
 * A {@link RequestView} over a few growing arrays, for driving a request gate without a model: each
 * request is added with its User, variant (catalogue index) and category (ordinal); what the gate
 * does with deferred ones (admit, abandon) and the ticks it asks for are recorded. Test threads only.
 */
final class FakeRequests implements RequestView {
    final List<int[]> requests = new ArrayList<>();
    final List<Integer> admittedLater = new ArrayList<>();
    final List<Long> ticks = new ArrayList<>();

    /** A new request; its number. */
    int add(int user, int variant, int category) {
        requests.add(new int[] {user, variant, category});
        return requests.size() - 1;
    }

    @Override
    public int user(int request) {
        return requests.get(request)[0];
    }

    @Override
    public int variant(int request) {
        return requests.get(request)[1];
    }

    @Override
    public int category(int request) {
        return requests.get(request)[2];
    }

    @Override
    public boolean resolved(int request) {
        return false;
    }

    @Override
    public void admit(int request) {
        admittedLater.add(request);
    }

    @Override
    public void abandon(int request) {
        throw new AssertionError("no request is resolved while deferred here");
    }

    @Override
    public void requestTick(long time) {
        ticks.add(time);
    }
}
