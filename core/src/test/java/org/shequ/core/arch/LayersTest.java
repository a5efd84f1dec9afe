package org.shequ.core.arch;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.EvaluationResult;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The layering of core, checked on its classes (ArchUnit): core knows nothing of the command line,
 * and its packages, the base package {@code org.shequ.core} (problems, messages, texts, numbers)
 * among them, do not reach each other in a loop. A loop would be listed here by the packages it
 * passes through, while it is being taken apart; today there is none.
 */
class LayersTest {
    /** The loops between core's packages that are tolerated, each as the packages it passes through: none. */
    private static final Set<String> KNOWN_LOOPS = Set.of();
    private static final Pattern CYCLE = Pattern.compile("Cycle detected: ((?:Slice [\\w.]+(?: ->)?[\\s\\\\]*)+)");

    private static JavaClasses core;

    @BeforeAll
    static void read() {
        core = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS).importPackages("org.shequ.core");
    }

    @Test
    void coreKnowsNothingOfTheCommandLine() {
        EvaluationResult r = noClasses().that().resideInAPackage("org.shequ.core..")
                .should().dependOnClassesThat().resideInAnyPackage("picocli..", "org.shequ.cli..")
                .evaluate(core);
        assertFalse(r.hasViolation(), () -> r.getFailureReport().toString());
    }

    @Test
    void onlyOneClassTouchesFreemarkersInternals() {
        EvaluationResult r = noClasses().that().doNotHaveFullyQualifiedName("org.shequ.core.render.Interruptible")
                .should().dependOnClassesThat().haveFullyQualifiedName("freemarker.core._CoreAPI")
                .evaluate(core);
        assertFalse(r.hasViolation(), () -> r.getFailureReport().toString());
    }

    @Test
    void noLoopBetweenPackagesButTheKnownOnes() {
        EvaluationResult r = slices().matching("org.shequ.(**)").should().beFreeOfCycles().evaluate(core);
        Set<String> loops = new TreeSet<>();
        for (String detail : r.getFailureReport().getDetails()) {
            Matcher m = CYCLE.matcher(detail);
            if (m.find()) {
                loops.add(m.group(1).replace("\\", " ").replace("Slice ", "").replaceAll("\\s+", " ").strip());
            }
        }
        assertEquals(new TreeSet<>(KNOWN_LOOPS), loops, "the loops between core's packages");
    }
}
