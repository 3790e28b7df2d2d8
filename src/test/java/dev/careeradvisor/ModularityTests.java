package dev.careeradvisor;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;

/** Keeps the features apart: no cycles, no reach into another's internals, and no platform in the shared layers. */
class ModularityTests {

    static final ApplicationModules MODULES = ApplicationModules.of(CareerAdvisorApplication.class);
    static final JavaClasses CLASSES = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("dev.careeradvisor");

    @Test
    void featuresRespectTheirBoundaries() {
        MODULES.verify();
    }

    @Test
    void theSharedLayersImportNoPlatformOrConsoleLibrary() {
        noClasses().that().resideInAnyPackage("dev.careeradvisor.chat..", "dev.careeradvisor.catalog..", "dev.careeradvisor.compare..")
                .should().dependOnClassesThat().resideInAnyPackage("net.dv8tion..", "org.telegram..", "org.jline..")
                .check(CLASSES);
    }

    @Test
    void nothingDependsOnAnAdapter() {
        noClasses().that().resideOutsideOfPackages("dev.careeradvisor.console..")
                .should().dependOnClassesThat().resideInAnyPackage("dev.careeradvisor.console..")
                .check(CLASSES);
    }
}
