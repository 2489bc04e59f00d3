package org.stormsim.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import org.junit.jupiter.api.Test;

/** What the page script is given to draw a metric with its interval against a parameter. */
class IntervalChartTest {
    private static final double NONE = Double.NaN;

    @Test
    void shouldPutPlainNumbersOnANumericAxisInAscendingOrder() {
        JsonNode c = new IntervalChart("c", "t", "dsp.lanes", List.of("4", "1", "2.5"), "y")
                .series("s", new double[] {40, 10, 25}, new double[] {4, 1, 2}).toJson();
        assertFalse(c.path("categorical").asBoolean());
        assertEquals("[1.0,2.5,4.0]", c.path("x").toString());
        assertEquals("[\"1\",\"2.5\",\"4\"]", c.path("xLabels").toString());
        assertEquals("[10.0,25.0,40.0]", c.at("/series/0/mean").toString(), "the series follows its x values");
        assertEquals("[9.0,23.0,36.0]", c.at("/series/0/lo").toString());
        assertEquals("[11.0,27.0,44.0]", c.at("/series/0/hi").toString());
    }

    @Test
    void shouldMakeWordsAndDurationsCategoriesInTheOrderGiven() {
        for (List<String> values : List.of(List.of("true", "false"), List.of("10s", "1s", "60s"), List.of("2", "1d"))) {
            JsonNode c = new IntervalChart("c", "t", "x", values, "y").toJson();
            assertTrue(c.path("categorical").asBoolean(), values.toString());
            for (int i = 0; i < values.size(); i++) {
                assertEquals(i, c.at("/x/" + i).asDouble(), 0.0);
                assertEquals(values.get(i), c.at("/xLabels/" + i).asText());
            }
        }
    }

    @Test
    void shouldLeaveOutWhatHasNoValue() {
        JsonNode c = new IntervalChart("c", "t", "x", List.of("1", "2"), "y")
                .series("s", new double[] {NONE, 3}, new double[] {1, NONE}).toJson();
        assertEquals("[null,3.0]", c.at("/series/0/mean").toString());
        assertEquals("[null,null]", c.at("/series/0/lo").toString(), "no mean or no half-width: no interval");
        assertEquals("[null,null]", c.at("/series/0/hi").toString());
    }

    @Test
    void shouldPlaceLinesAndMarksOnTheAxes() {
        JsonNode numeric = new IntervalChart("c", "t", "lanes", List.of("1", "2", "4", "3"), "y")
                .line(0.25, "target <= 0.25").mark(3, "answer: 3").toJson();
        assertEquals(0.25, numeric.at("/lines/0/y").asDouble(), 0.0);
        assertEquals(3.0, numeric.at("/marks/0/x").asDouble(), 0.0, "at the value of the x given fourth");
        JsonNode categories = new IntervalChart("c", "t", "x", List.of("off", "on"), "y").mark(1, "on").toJson();
        assertEquals(1.0, categories.at("/marks/0/x").asDouble(), 0.0);
    }

    @Test
    void shouldRejectASeriesOfTheWrongLength() {
        IntervalChart c = new IntervalChart("c", "t", "x", List.of("1", "2"), "y");
        assertThrows(IllegalArgumentException.class, () -> c.series("s", new double[] {1}, new double[] {1}));
        assertThrows(IllegalArgumentException.class, () -> new IntervalChart("c", "t", "x", List.of(), "y"));
    }
}
