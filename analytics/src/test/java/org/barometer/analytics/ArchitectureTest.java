package org.barometer.analytics;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** DESIGN.md: analytics is plain immutable Java, reusable outside the service. */
@AnalyzeClasses(packages = "org.barometer.analytics", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    @ArchTest
    static final ArchRule noFrameworkNorPersistence = noClasses()
            .should().dependOnClassesThat().resideInAnyPackage(
                    "io.micronaut..", "org.jooq..", "java.sql..", "javax.sql..", "jakarta..", "javax.persistence..",
                    "org.springframework..", "lombok..")
            .because("analytics takes plain data and returns plain results");

    @ArchTest
    static final ArchRule featurePackagesAreFreeOfCycles = slices()
            .matching("org.barometer.analytics.(*)..")
            .should().beFreeOfCycles();

    @ArchTest
    static final ArchRule statisticsDoNotKnowAnonymity = noClasses()
            .that().resideInAPackage("..analytics.stats..")
            .should().dependOnClassesThat().resideInAPackage("..analytics.anonymity..");

    @ArchTest
    static final ArchRule classesAreFinal = classes()
            .that().areTopLevelClasses().and().areNotEnums().and().areNotInterfaces()
            .and().doNotHaveSimpleName("package-info")
            .should().haveModifier(JavaModifier.FINAL)
            .because("STYLE.md: final classes, static factories, immutable records");
}
