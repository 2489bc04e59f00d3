package org.stormsim.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The layering docs/architecture.md describes, held against the compiled classes: every package of
 * {@code org.stormsim} sits on a floor, and a class may depend only on its own package and on
 * packages of lower floors (packages on one floor know nothing of each other). No two packages
 * depend on each other. A new package must be given its floor here and a paragraph there.
 */
class LayeringTest {
    /** The floors, lowest first; the packages on one floor may not depend on each other. */
    static final List<List<String>> FLOORS = List.of(
            List.of("engine", "metrics", "catalogue"),
            List.of("scenario"),
            List.of("throttle", "experiment"),
            List.of("stations"),
            List.of("dcc"),
            List.of("summary"),
            List.of("report"),
            List.of("plan"),
            List.of("study"),
            List.of("cli"));

    private static JavaClasses classes;

    @BeforeAll
    static void importMainClasses() {
        classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS).importPackages("org.stormsim");
    }

    @Test
    void shouldPlaceEveryPackageOnAFloor() {
        Set<String> found = new TreeSet<>();
        classes.forEach(c -> {
            String p = c.getPackageName();
            if (p.startsWith("org.stormsim.")) {
                found.add(p.substring("org.stormsim.".length()).split("\\.")[0]);
            }
        });
        Set<String> placed = new TreeSet<>();
        FLOORS.forEach(placed::addAll);
        assertEquals(placed, found, "every package of org.stormsim has a floor in LayeringTest and a paragraph in docs/architecture.md");
    }

    @Test
    void shouldImportOnlyFromLowerFloors() {
        for (int f = 0; f < FLOORS.size(); f++) {
            for (String p : FLOORS.get(f)) {
                List<String> forbidden = notBelow(f, p);
                if (!forbidden.isEmpty()) {
                    noClasses().that().resideInAPackage("org.stormsim." + p + "..")
                            .should().dependOnClassesThat().resideInAnyPackage(forbidden.toArray(new String[0]))
                            .because("package " + p + " is on floor " + f + " and may use only lower floors (docs/architecture.md)")
                            .check(classes);
                }
            }
        }
    }

    @Test
    void shouldHaveNoCyclesBetweenPackages() {
        slices().matching("org.stormsim.(*)..").should().beFreeOfCycles().check(classes);
    }

    @Test
    void shouldCatchAnImportFromAHigherFloor() {
        // the rule discriminates: the model's package does depend on the engine below it, so forbidding that must fail
        assertFalse(notBelow(0, "engine").isEmpty());
        assertThrows(AssertionError.class, () -> noClasses().that().resideInAPackage("org.stormsim.dcc..")
                .should().dependOnClassesThat().resideInAnyPackage("org.stormsim.engine..").check(classes));
    }

    /** The packages {@code p} on floor {@code f} may not use: its floor's others and every floor above. */
    private static List<String> notBelow(int f, String p) {
        List<String> out = new ArrayList<>();
        for (int g = f; g < FLOORS.size(); g++) {
            for (String q : FLOORS.get(g)) {
                if (!q.equals(p)) {
                    out.add("org.stormsim." + q + "..");
                }
            }
        }
        return out;
    }
}
