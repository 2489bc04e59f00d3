package org.stormsim.study;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;

class SweepGridTest {
    @Test
    void shouldMakeEveryCombinationWithTheFirstParameterSlowest() {
        SweepGrid g = SweepGrid.fromOptions(List.of("dsp.lanes=1,2", "throttling.alertStormProtection.enabled=false,true,false"), List.of());
        List<SweepGrid.Point> p = g.points();
        assertEquals(6, p.size());
        assertEquals(List.of("dsp.lanes=1", "throttling.alertStormProtection.enabled=false"), p.get(0).assignments());
        assertEquals(List.of("dsp.lanes=1", "throttling.alertStormProtection.enabled=true"), p.get(1).assignments());
        assertEquals(List.of("dsp.lanes=2", "throttling.alertStormProtection.enabled=false"), p.get(3).assignments());
        assertEquals(5, p.get(5).index());
    }

    @Test
    void shouldNotSplitValuesOnCommasInsideBrackets() {
        assertEquals(List.of("[1, 2]", "[3]", "{a: 1, b: 2}"), SweepGrid.split("[1, 2],[3], {a: 1, b: 2}"));
    }

    @Test
    void shouldRejectAParamWithoutValues() {
        assertThrows(IllegalArgumentException.class, () -> SweepGrid.fromOptions(List.of("dsp.lanes="), List.of()));
        assertThrows(IllegalArgumentException.class, () -> SweepGrid.fromOptions(List.of("dsp.lanes"), List.of()));
    }
}
