package org.stormsim.dcc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Service Levels over the SEC's periods ({@code calendar-month.yaml}: January 2020, 600 hubs, no
 * warm-up). Every measure is given per day and per calendar month, a message in the period of its
 * start point; a whole month has a verdict, a shorter run is a sample with none; CPM1 and CPM2 are
 * the shares of their parts' messages within their TRTs over the month (PMM p3, p4: DOMAIN.md
 * section 1); a queue built before midnight is still there after it.
 */
class ServiceLevelPeriodsTest {
    private static final String FIXTURE = "calendar-month.yaml";
    private static final Set<String> VERDICTS = Set.of("met", "belowTarget", "belowMinimum");
    private static ObjectNode month;

    @BeforeAll
    static void run() {
        month = DccRuns.summary(FIXTURE);
    }

    static JsonNode measure(JsonNode summary, String id, String region) {
        for (JsonNode m : summary.at("/sla/measures")) {
            if (m.at("/id").asText().equals(id) && m.at("/region").asText().equals(region)) {
                return m;
            }
        }
        throw new AssertionError("no " + id + " measure for " + region + ": " + summary.at("/sla/measures"));
    }

    @Test
    void shouldGiveEveryMeasurePerDayAndPerCalendarMonth() {
        JsonNode period = month.at("/sla/period");
        assertEquals("2020-01-01", period.at("/start").asText());
        assertEquals(31, period.at("/days").asInt());
        assertFalse(period.at("/sample").asBoolean(), "January is whole: " + period);
        for (JsonNode m : month.at("/sla/measures")) {
            JsonNode days = m.at("/byDay");
            assertEquals(31, days.size(), m.at("/id").asText());
            assertEquals("2020-01-31", days.get(30).at("/date").asText());
            long measured = 0;
            long within = 0;
            for (JsonNode d : days) {
                measured += d.at("/measured").asLong();
                within += d.at("/within").asLong();
            }
            assertEquals(m.at("/measured").asLong(), measured, m.at("/id").asText() + " " + m.at("/region").asText() + ": days add up");
            assertEquals(m.at("/within").asLong(), within);
            JsonNode jan = m.at("/byMonth/0");
            assertEquals(1, m.at("/byMonth").size());
            assertEquals("2020-01", jan.at("/month").asText());
            assertTrue(jan.at("/whole").asBoolean());
            assertEquals(m.at("/measured").asLong(), jan.at("/measured").asLong());
            if (m.at("/measured").asLong() > 0) {
                assertTrue(VERDICTS.contains(jan.at("/status").asText()), "a whole month has a verdict: " + jan);
                assertEquals(jan.at("/status").asText(), m.at("/status").asText(), "a one-month run's verdict is its month's");
            }
        }
    }

    @Test
    void shouldComputeCpm1AndCpm2FromTheirPartsOverTheMonth() {
        JsonNode cpm = month.at("/sla/cpm");
        assertEquals("CPM1", cpm.at("/0/id").asText());
        assertEquals(List.of("onDemand.all", "firmware.N", "firmware.C", "firmware.S", "rtt4.all"), texts(cpm.at("/0/parts")));
        assertEquals("CPM2", cpm.at("/1/id").asText());
        assertEquals(List.of("futureDated.all", "dccScheduled.all", "rtt3.all", "rtt2.all"), texts(cpm.at("/1/parts")));
        for (JsonNode c : cpm) {
            JsonNode jan = c.at("/byMonth/0");
            long measured = 0;
            long within = 0;
            for (JsonNode part : jan.at("/parts")) {
                JsonNode m = measure(month, part.at("/measure").asText(), part.at("/region").asText()).at("/byMonth/0");
                assertEquals(m.at("/measured").asLong(), part.at("/measured").asLong(), "a part is its measure's month");
                assertEquals(m.at("/within").asLong(), part.at("/within").asLong());
                measured += part.at("/measured").asLong();
                within += part.at("/within").asLong();
            }
            assertTrue(measured > 10_000, c.at("/id").asText() + ": every part in use but DCC-scheduled: " + jan);
            assertEquals(measured, jan.at("/measured").asLong());
            assertEquals((double) within / measured, jan.at("/achieved").asDouble(), 1e-12, "the share of all its parts' messages");
            assertTrue(VERDICTS.contains(jan.at("/status").asText()), jan.toString());
        }
        // firmware per CSP is a part of CPM1: its misses show there ("CPM1 below target ... driven by PM2")
        JsonNode firmwareN = cpm.at("/0/byMonth/0/parts/1");
        assertEquals("firmware", firmwareN.at("/measure").asText());
        assertEquals("N", firmwareN.at("/region").asText());
        assertTrue(firmwareN.at("/measured").asLong() > 1000);
    }

    @Test
    void shouldCarryTheStormsBacklogPastMidnight() {
        // 15 a second from 23:00 on the 15th into a 10-a-second lane: the backlog drains after midnight
        JsonNode days = measure(month, "alerts", "all").at("/byDay");
        assertEquals(1.0, days.get(13).at("/achieved").asDouble(), 0.0, "the 14th is quiet");
        assertTrue(days.get(14).at("/achieved").asDouble() < 0.5, "the storm's own day: " + days.get(14));
        double sixteenth = days.get(15).at("/achieved").asDouble();
        assertTrue(sixteenth < 0.99 && sixteenth > 0.5, "alerts received after midnight wait behind the 15th's backlog: " + days.get(15));
        assertEquals(1.0, days.get(16).at("/achieved").asDouble(), 0.0, "the 17th is quiet again");
    }

    @Test
    void shouldLabelADayAsASampleWithNoVerdict() {
        ObjectNode day = DccRuns.summary(FIXTURE, "duration=1d", "events[0].at=12h", "events[1].at=13h");
        JsonNode period = day.at("/sla/period");
        assertTrue(period.at("/sample").asBoolean());
        assertTrue(period.at("/note").asText().startsWith("a sample"), period.toString());
        assertFalse(period.at("/months/0/whole").asBoolean());
        for (JsonNode m : day.at("/sla/measures")) {
            assertEquals("sample", m.at("/status").asText(), m.toString());
            assertEquals("sample", m.at("/byMonth/0/status").asText());
            if (m.at("/measured").asLong() > 0) {
                assertTrue(VERDICTS.contains(m.at("/againstTarget").asText()), "the sample is still set against the target: " + m);
            }
        }
        for (JsonNode c : day.at("/sla/cpm")) {
            assertEquals("sample", c.at("/byMonth/0/status").asText(), "no CPM verdict on a day");
        }
    }

    @Test
    void shouldJudgeEachWholeMonthOfALongerRunAndLeaveThePartOneASample() {
        ObjectNode longer = DccRuns.summary(FIXTURE, "duration=45d", "events[0].ratePerDevice=4/d");
        JsonNode alerts = measure(longer, "alerts", "all");
        assertEquals("byMonth", alerts.at("/status").asText(), "a run of a month and a half has verdicts per month only");
        assertEquals("2020-01", alerts.at("/byMonth/0/month").asText());
        assertTrue(VERDICTS.contains(alerts.at("/byMonth/0/status").asText()));
        assertEquals("2020-02", alerts.at("/byMonth/1/month").asText());
        assertFalse(alerts.at("/byMonth/1/whole").asBoolean());
        assertEquals("sample", alerts.at("/byMonth/1/status").asText());
        assertEquals("2020-02-14", alerts.at("/byDay/44/date").asText());
    }

    private static List<String> texts(JsonNode array) {
        List<String> out = new java.util.ArrayList<>();
        array.forEach(n -> out.add(n.asText()));
        return out;
    }
}
