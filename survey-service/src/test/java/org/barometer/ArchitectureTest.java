package org.barometer;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

/** The feature packages and their one-way dependencies (STYLE.md: modules with a small public face). */
class ArchitectureTest {

    private final JavaClasses classes = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.barometer");

    @Test
    void featurePackagesHaveNoCycles() {
        slices().matching("org.barometer.(*)..").should().beFreeOfCycles().check(classes);
    }

    @Test
    void theRespondentSideNeverReachesTheDirectoryOfPeople() {
        noClasses().that().resideInAPackage("org.barometer.respond..")
                .should().dependOnClassesThat().resideInAPackage("org.barometer.directory..")
                .because("an answer must not be able to look up the person who gave it")
                .check(classes);
    }

    @Test
    void analyticsAndTemplatesStayFreeOfTheService() {
        noClasses().that().resideInAnyPackage("org.barometer.analytics..", "org.barometer.templates..")
                .should().dependOnClassesThat().resideInAnyPackage("io.micronaut..", "org.barometer.survey..",
                        "org.barometer.respond..", "org.barometer.delivery..", "org.barometer.directory..")
                .check(classes);
    }
}
