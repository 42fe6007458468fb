package org.strata.data;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** The stores depend on the domain and geo but never on the web module, and their packages have no cycle. */
class ArchitectureTest {
    private final JavaClasses data = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.strata.data");

    @Test
    void dataDoesNotReachTheWebModule() {
        noClasses()
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage("org.strata.web..")
                .check(data);
    }

    @Test
    void dataPackagesHaveNoCycle() {
        slices().matching("org.strata.data.(*)..").should().beFreeOfCycles().check(data);
    }
}
