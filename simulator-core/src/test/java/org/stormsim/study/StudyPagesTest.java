package org.stormsim.study;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** How sweep.html and lanes.html arrange a sweep's points and a sizing's answers into chart series. */
class StudyPagesTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    /** A sweep.json of the grid a [1, 2] x b [x, y] x c [10s]: points in grid order, metric m = point number. */
    private static ObjectNode sweep() throws Exception {
        ObjectNode s = (ObjectNode) JSON.readTree("""
                {"scenario": {"name": "n", "kind": "dcc", "seed": 1}, "status": "completed",
                 "parameters": [{"path": "a", "values": ["1", "2"]}, {"path": "b", "values": ["x", "y"]},
                                {"path": "c", "values": ["10s"]}],
                 "metrics": ["m"], "points": []}""");
        int n = 0;
        for (String a : List.of("1", "2")) {
            for (String b : List.of("x", "y")) {
                n++;
                ObjectNode p = s.withArray("points").addObject();
                p.put("point", n);
                p.putObject("parameters").put("a", a).put("b", b).put("c", "10s");
                p.put("replications", 2).put("status", "completed");
                p.putObject("metrics").putObject("m").put("mean", n).put("halfWidth95", 0.5).put("n", 2);
            }
        }
        return s;
    }

    @Test
    void shouldDrawOneLinePerCombinationOfTheOtherParameters() throws Exception {
        Map<String, int[]> lines = SweepPage.lines(sweep(), "a", List.of("1", "2"));
        assertEquals(List.of("b=x, c=10s", "b=y, c=10s"), List.copyOf(lines.keySet()));
        assertArrayEquals(new int[] {0, 2}, lines.get("b=x, c=10s"), "points 1 and 3");
        assertArrayEquals(new int[] {1, 3}, lines.get("b=y, c=10s"), "points 2 and 4");
        JsonNode chart = SweepPage.data(sweep()).at("/charts/0");
        assertEquals("[1.0,3.0]", chart.at("/series/0/mean").toString());
        assertEquals("[0.5,2.5]", chart.at("/series/0/lo").toString());
        assertEquals("a [1, 2] x b [x, y] x c [10s]", SweepPage.data(sweep()).at("/meta/grid").asText());
    }

    @Test
    void shouldCallTheOnlyLineTheMeanWithOneParameter() throws Exception {
        ObjectNode s = sweep();
        s.withArray("parameters").remove(2);
        s.withArray("parameters").remove(1);
        s.withArray("points").forEach(p -> {
            ((ObjectNode) p.path("parameters")).remove("b");
            ((ObjectNode) p.path("parameters")).remove("c");
        });
        Map<String, int[]> lines = SweepPage.lines(s, "a", List.of("1", "2"));
        assertEquals(List.of("mean"), List.copyOf(lines.keySet()));
        assertArrayEquals(new int[] {0, 2}, lines.get("mean"), "the first point of each value");
    }

    @Test
    void shouldChartTheAnswerMonthByMonthPerStormProtectionSetting() throws Exception {
        JsonNode sizings = JSON.readTree("""
                [{"case": "m0 off", "lanes": 4, "month": 0, "alertStormProtection": false, "tried": []},
                 {"case": "m0 on", "lanes": 2, "month": 0, "alertStormProtection": true, "tried": []},
                 {"case": "m1 off", "lanes": null, "month": 1, "alertStormProtection": false, "tried": []},
                 {"case": "m1 on", "lanes": 3, "month": 1, "alertStormProtection": true, "tried": []}]""");
        JsonNode months = LanesPage.months(sizings);
        assertEquals("[0.0,1.0]", months.path("x").toString());
        assertEquals("SECMP0062 alert storm protection off", months.at("/series/0/label").asText());
        assertEquals("[4.0,null]", months.at("/series/0/mean").toString(), "not met within --max-lanes: a gap");
        assertEquals("[2.0,3.0]", months.at("/series/1/mean").toString());
        assertNull(LanesPage.months(JSON.readTree("[{\"case\": \"as given\", \"lanes\": 3, \"tried\": []}]")));
    }

    @Test
    void shouldChartATargetMetricAgainstTheLanesTriedWithItsBoundAndAnswer() throws Exception {
        JsonNode sizing = JSON.readTree("""
                {"case": "as given", "lanes": 3, "tried": [
                  {"lanes": 1, "metrics": {"alerts.p99<=60s": {"mean": 300, "halfWidth95": 20, "n": 3}}},
                  {"lanes": 2, "metrics": {"alerts.p99<=60s": {"mean": 90, "halfWidth95": 10, "n": 3}}},
                  {"lanes": 3, "metrics": {"alerts.p99<=60s": {"mean": 40, "halfWidth95": null, "n": 3}}}]}""");
        JsonNode chart = LanesPage.sizingChart("c", sizing, Target.parse("alerts.p99<=60s"));
        assertEquals("[1.0,2.0,3.0]", chart.path("x").toString());
        assertEquals("[300.0,90.0,40.0]", chart.at("/series/0/mean").toString());
        assertEquals("[280.0,80.0,null]", chart.at("/series/0/lo").toString());
        assertEquals(60.0, chart.at("/lines/0/y").asDouble(), 0.0);
        assertEquals("target <= 60", chart.at("/lines/0/label").asText());
        assertEquals(3.0, chart.at("/marks/0/x").asDouble(), 0.0);
    }
}
