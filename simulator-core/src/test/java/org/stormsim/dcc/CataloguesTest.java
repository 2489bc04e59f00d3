package org.stormsim.dcc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.stormsim.catalogue.AlertCatalogue;
import org.stormsim.catalogue.AlertCode;
import org.stormsim.catalogue.ServiceCategory;
import org.stormsim.catalogue.ServiceRequestCatalogue;
import org.stormsim.catalogue.ServiceRequestVariant;
import org.stormsim.scenario.InvalidScenarioException;
import org.stormsim.scenario.Problem;
import org.stormsim.scenario.ScenarioLoader;

/**
 * The built-in catalogues: the 184 GBCS alert codes plus the DCC alert AD1, and the 129 DUIS
 * Service Request variants with their flags and eligible roles. The expected counts are those
 * DOMAIN.md computed from the duis-parser request matrix. A scenario naming an alert code or variant
 * outside them, or a variant its User's role may not send, is an error with the field's path.
 */
class CataloguesTest {
    private static final String FIXTURE = "retries.yaml";

    @Test
    void shouldLoadAll184GbcsAlertCodesAndTheDccAlertAd1() {
        AlertCatalogue c = AlertCatalogue.get();
        assertEquals(185, c.size());
        assertEquals(184, c.all().stream().filter(a -> !a.dccAlert()).count());
        assertEquals(List.of("AD1"), c.all().stream().filter(AlertCode::dccAlert).map(AlertCode::code).toList());
        assertEquals(185, new HashSet<>(c.all().stream().map(AlertCode::code).toList()).size(), "codes are unique");
        for (int i = 0; i < c.size(); i++) {
            assertEquals(i, c.at(i).index(), "an alert's index is its position");
        }
        assertTrue(c.all().stream().filter(a -> !a.dccAlert()).allMatch(a -> a.code().matches("8[0-9A-F]{3}")), "GBCS codes are 0x8xxx");
        assertEquals("8002", c.at(0).code());
    }

    @Test
    void shouldFindAlertCodesWhateverTheirCase() {
        AlertCatalogue c = AlertCatalogue.get();
        assertSame(c.find("8F3E"), c.find("8f3e"));
        assertSame(c.find("8F3E"), c.find(" 8F3E "));
        assertTrue(c.find("8F3E").name().toLowerCase().contains("unauthorised"), c.find("8F3E").name());
        assertTrue(c.find("8F36").name().contains("3"), "8F36 is the restoration after an outage of 3 minutes or more");
        assertNull(c.find("8FFF"));
        assertNull(c.find(null));
    }

    @Test
    void shouldTreatSupplyLossAndRestorationCodesAsOutageCodes() {
        for (String code : List.of("AD1", "8F35", "8F36", "8F3C", "8F57", "8F5A")) {
            assertTrue(AlertCatalogue.isOutageCode(code), code);
        }
        for (String code : List.of("8F34", "8F3E", "8F3D", "8F56", "8F5B", "8F12", "8002")) {
            assertFalse(AlertCatalogue.isOutageCode(code), code);
        }
    }

    @Test
    void shouldLoadAll129DuisVariantsWithTheirFlags() {
        ServiceRequestCatalogue c = ServiceRequestCatalogue.get();
        List<ServiceRequestVariant> all = c.all();
        assertEquals(129, c.size());
        assertEquals(129, all.size());
        assertEquals(129, c.variantIds().size());
        assertEquals(37, all.stream().filter(ServiceRequestVariant::critical).count(), "Critical");
        assertEquals(112, all.stream().filter(ServiceRequestVariant::onDemand).count(), "On Demand");
        assertEquals(13, all.stream().filter(ServiceRequestVariant::dccScheduled).count(), "DCC Scheduled");
        assertEquals(16, all.stream().filter(ServiceRequestVariant::nonDevice).count(), "Non-Device");
        assertEquals(57, all.stream().filter(ServiceRequestVariant::mayBeFutureDated).count(), "future-dated pattern DSP 45 + Device 11 + both 1");
        assertEquals(94, all.stream().map(ServiceRequestVariant::serviceReference).distinct().count(), "service references");
    }

    @Test
    void shouldKnowWhichRolesMaySendEachVariant() {
        Map<String, Long> byRole = new TreeMap<>();
        for (ServiceRequestVariant v : ServiceRequestCatalogue.get().all()) {
            v.eligibleRoles().stream().filter(r -> !r.isEmpty()).forEach(r -> byRole.merge(r, 1L, Long::sum));
        }
        assertEquals(new TreeMap<>(Map.of("IS", 111L, "GS", 83L, "ED", 38L, "OU", 25L, "GT", 21L, "RSA", 18L, "ES", 16L)), byRole);
        assertEquals(Set.of("IS", "GS"), ServiceRequestCatalogue.get().find("11.1").eligibleRoles());
    }

    @Test
    void shouldGiveEachVariantItsServiceLevelCategory() {
        ServiceRequestCatalogue c = ServiceRequestCatalogue.get();
        assertEquals(ServiceCategory.FIRMWARE, c.find("11.1").defaultCategory());
        assertEquals(ServiceCategory.ON_DEMAND, c.find("4.1.1").defaultCategory());
        assertEquals(ServiceCategory.ON_DEMAND, c.find("5.1").defaultCategory(), "non-device requests fall back to on demand");
        assertTrue(c.find("5.1").nonDevice());
        assertTrue(c.find("4.1.1").allows(ServiceCategory.FUTURE_DATED), "4.1.1 has the DSP future-dated pattern");
        assertFalse(c.find("4.1.1").allows(ServiceCategory.DCC_SCHEDULED));
        assertTrue(c.find("4.8.1").allows(ServiceCategory.DCC_SCHEDULED));
        assertFalse(c.find("4.1.1").allows(ServiceCategory.FIRMWARE));
        Map<ServiceCategory, Long> byCategory = c.all().stream()
                .collect(Collectors.groupingBy(ServiceRequestVariant::defaultCategory, TreeMap::new, Collectors.counting()));
        assertEquals(Set.of("11.1", "11.4"), c.all().stream().filter(v -> v.defaultCategory() == ServiceCategory.FIRMWARE)
                .map(ServiceRequestVariant::variant).collect(Collectors.toSet()), "the firmware distribution variants");
        // every DCC-scheduled variant and every future-dated one a User may send is also flagged on
        // demand, so only 8.5 (Service Opt Out, which no role may send) defaults to future-dated:
        // a scenario reaches those categories only with an explicit category
        assertEquals(126L, byCategory.get(ServiceCategory.ON_DEMAND));
        assertEquals(1L, byCategory.get(ServiceCategory.FUTURE_DATED));
        assertEquals(ServiceCategory.FUTURE_DATED, c.find("8.5").defaultCategory());
        assertEquals(null, byCategory.get(ServiceCategory.DCC_SCHEDULED));
    }

    private static List<Problem> problems(String... overrides) {
        InvalidScenarioException e = assertThrows(InvalidScenarioException.class,
                () -> ScenarioLoader.load(DccRuns.fixture(FIXTURE), List.of(overrides)));
        return e.problems();
    }

    private static void assertProblemAt(String path, String messagePart, String... overrides) {
        List<Problem> p = problems(overrides);
        assertTrue(p.stream().anyMatch(x -> x.path().equals(path) && x.message().contains(messagePart)),
                "expected a problem at " + path + " saying '" + messagePart + "', got " + p.stream().map(Problem::format).toList());
    }

    @Test
    void shouldRejectAnUnknownAlertCodeWhereverAScenarioNamesOne() {
        assertProblemAt("population.cohorts[0].alerts[0].code", "unknown alert code", "population.cohorts[0].alerts[0].code=8FFF");
        assertProblemAt("events[0].code", "unknown alert code", "events=[{type: firmwareFix, at: 1h, cohort: homes, code: 8FXX, ratePerDevice: 1/d}]");
        assertProblemAt("events[0].code", "unknown alert code",
                "events=[{type: migration, at: 1h, region: N, perDay: 10, total: 10, supplier: noRetry, code: '9999'}]");
        assertProblemAt("dsp.dedicated[0].codes[0]", "unknown alert code", "dsp.dedicated=[{codes: [ABCD], lanes: 1}]");
    }

    @Test
    void shouldRejectAnUnknownVariant() {
        assertProblemAt("users[0].serviceRequests.mix[0].variant", "unknown DUIS variant", "users[0].serviceRequests.mix[0].variant=4.1.99");
    }

    @Test
    void shouldRejectAVariantTheUsersRoleMayNotSend() {
        assertProblemAt("users[0].serviceRequests.mix[0].variant", "may not send 11.1",
                "users[0].role=electricityDistributor", "users[0].serviceRequests.mix[0].variant=11.1");
        assertProblemAt("users[0].serviceRequests.mix[0].variant", "may not send 4.1.1", "users[0].role=exportSupplier");
    }

    @Test
    void shouldRejectACategoryTheVariantCannotBeSentIn() {
        assertProblemAt("users[0].serviceRequests.mix[0].category", "cannot be sent as dccScheduled",
                "users[0].serviceRequests.mix[0].category=dccScheduled");
    }

    @Test
    void shouldAcceptEveryRoleForAVariantItMaySend() {
        // 8.2 is open to IS ES GS RSA ED GT OU: every role loads
        for (String role : List.of("importSupplier", "exportSupplier", "gasSupplier", "registeredSupplierAgent",
                "electricityDistributor", "gasTransporter", "otherUser")) {
            DccRuns.fixture(FIXTURE, "users[0].role=" + role, "users[0].serviceRequests.mix[0].variant=8.2");
        }
    }
}
