package org.shequ.core.arch;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.EvaluationResult;
import com.tngtech.archunit.library.freeze.FreezingArchRule;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The layering of core, checked on its classes (ArchUnit): core knows nothing of the command line,
 * and its packages do not reach each other in a loop. The loops that exist are frozen in
 * {@code src/test/resources/archunit_store} (each removed one leaves the store, which ArchUnit then
 * rewrites); a new one fails.
 */
class LayersTest {
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
    void noNewLoopBetweenPackages() {
        ArchRule loops = slices().matching("org.shequ.core.(**)").should().beFreeOfCycles();
        EvaluationResult r = FreezingArchRule.freeze(loops).evaluate(core);
        assertFalse(r.hasViolation(), () -> r.getFailureReport().toString());
    }
}
