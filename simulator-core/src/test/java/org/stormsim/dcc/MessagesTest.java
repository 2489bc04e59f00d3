package org.stormsim.dcc;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * The message record packs narrow attributes into shared words: each must read back what was
 * written, signed as its type, whatever its neighbours hold; a new message's attributes are those
 * the paths rely on; slots are reused last-freed first and survive the array's growth.
 */
class MessagesTest {

    /** Every attribute written with random values (negative ones included) reads back exactly, the others untouched. */
    @Test
    void shouldKeepEveryAttributeApartFromItsNeighbours() {
        Messages msgs = new Messages();
        SplittableRandom rnd = new SplittableRandom(7);
        int n = 10_000; // past the first growth
        long[][] expected = new long[n][];
        for (int i = 0; i < n; i++) {
            int m = msgs.allocate(i, Messages.ALERT);
            assertEquals(i, m);
            long[] v = new long[25];
            for (int f = 0; f < v.length; f++) {
                v[f] = random(rnd, f);
                write(msgs, m, f, v[f]);
            }
            expected[i] = v;
        }
        for (int i = 0; i < n; i++) {
            for (int f = 0; f < 25; f++) {
                assertEquals(expected[i][f == 0 ? 10 : f], read(msgs, i, f), "message " + i + ", attribute " + f);
            }
        }
    }

    @Test
    void shouldStartEveryMessageAsThePathsExpect() {
        Messages msgs = new Messages();
        int m = msgs.allocate(5, Messages.SERVICE_REQUEST);
        for (int f = 0; f < 25; f++) {
            write(msgs, m, f, f == 13 ? -3 : 99); // dirty the slot
        }
        msgs.release(m);
        int again = msgs.allocate(42, Messages.ALERT);
        assertEquals(m, again, "the slot last freed is reused first");
        assertEquals(Messages.ALERT, msgs.kind(again));
        assertEquals(42, msgs.createdAt(again));
        assertEquals(0, msgs.hop(again));
        assertEquals(0, msgs.category(again));
        assertEquals(1, msgs.attempt(again));
        assertEquals(Messages.OPEN, msgs.state(again));
        assertEquals(0, msgs.refs(again));
        assertEquals(0, msgs.delivery(again));
        assertEquals(-1, msgs.alsoUser(again));
        assertEquals(0, msgs.flags(again));
        assertEquals(0, msgs.result(again));
        assertEquals(0, msgs.tries(again));
        assertEquals(0, msgs.carried(again));
        assertEquals(Messages.NONE, msgs.next(again));
        assertEquals(-1, msgs.cspAt(again));
        assertEquals(-1, msgs.dspAt(again));
        assertEquals(-1, msgs.powerLostAt(again));
        assertEquals(-1, msgs.handedAt(again));
        assertEquals(42, msgs.firstSubmitted(again));
        assertEquals(42, msgs.submittedAt(again));
        assertEquals(42, msgs.firstStart(again));
        assertEquals(1, msgs.live());
    }

    @Test
    void shouldListTheLiveSlotsAndKeepAFifoThroughTheRecords() {
        Messages msgs = new Messages();
        for (int i = 0; i < 6; i++) {
            msgs.allocate(i, Messages.ALERT);
        }
        msgs.release(1);
        msgs.release(4);
        List<Integer> live = new ArrayList<>();
        msgs.forEachLive(live::add);
        assertEquals(List.of(0, 2, 3, 5), live);
        MessageFifo line = new MessageFifo(msgs);
        line.add(3);
        line.add(0);
        line.add(5);
        assertEquals(true, line.unlink(0));
        assertEquals(false, line.unlink(2));
        assertEquals(3, line.remove());
        assertEquals(5, line.remove());
        assertEquals(0, line.size());
    }

    private static long random(SplittableRandom rnd, int f) {
        return switch (f) {
            case 0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10 -> (byte) rnd.nextInt(); // the byte attributes
            case 11, 12, 13, 14 -> (short) rnd.nextInt();
            case 15, 16, 17, 18 -> rnd.nextInt();
            default -> rnd.nextLong();
        };
    }

    private static void write(Messages msgs, int m, int f, long v) {
        switch (f) {
            case 0 -> msgs.hop(m, (int) v);
            case 1 -> msgs.region(m, (int) v);
            case 2 -> msgs.category(m, (int) v);
            case 3 -> msgs.attempt(m, (int) v);
            case 4 -> msgs.state(m, (int) v);
            case 5 -> msgs.refs(m, (int) v);
            case 6 -> msgs.delivery(m, (int) v);
            case 7 -> msgs.flags(m, (int) v);
            case 8 -> msgs.result(m, (int) v);
            case 9 -> msgs.tries(m, (int) v);
            case 10 -> msgs.hop(m, (int) v); // written twice: the last value stands
            case 11 -> msgs.code(m, (int) v);
            case 12 -> msgs.user(m, (int) v);
            case 13 -> msgs.alsoUser(m, (int) v);
            case 14 -> msgs.cohort(m, (int) v);
            case 15 -> msgs.source(m, (int) v);
            case 16 -> msgs.device(m, (int) v);
            case 17 -> msgs.carried(m, (int) v);
            case 18 -> msgs.station(m, (int) v);
            case 19 -> msgs.cspAt(m, v);
            case 20 -> msgs.dspAt(m, v);
            case 21 -> msgs.powerLostAt(m, v);
            case 22 -> msgs.handedAt(m, v);
            case 23 -> msgs.submittedAt(m, v);
            default -> msgs.firstStart(m, v);
        }
    }

    private static long read(Messages msgs, int m, int f) {
        return switch (f) {
            case 0, 10 -> msgs.hop(m);
            case 1 -> msgs.region(m);
            case 2 -> msgs.category(m);
            case 3 -> msgs.attempt(m);
            case 4 -> msgs.state(m);
            case 5 -> msgs.refs(m);
            case 6 -> msgs.delivery(m);
            case 7 -> msgs.flags(m);
            case 8 -> msgs.result(m);
            case 9 -> msgs.tries(m);
            case 11 -> msgs.code(m);
            case 12 -> msgs.user(m);
            case 13 -> msgs.alsoUser(m);
            case 14 -> msgs.cohort(m);
            case 15 -> msgs.source(m);
            case 16 -> msgs.device(m);
            case 17 -> msgs.carried(m);
            case 18 -> msgs.station(m);
            case 19 -> msgs.cspAt(m);
            case 20 -> msgs.dspAt(m);
            case 21 -> msgs.powerLostAt(m);
            case 22 -> msgs.handedAt(m);
            case 23 -> msgs.submittedAt(m);
            default -> msgs.firstStart(m);
        };
    }
}
