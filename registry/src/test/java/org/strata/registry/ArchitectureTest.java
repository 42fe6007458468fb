package org.strata.registry;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import org.junit.jupiter.api.Test;

/**
 * The registry domain reaches no web framework, JSON library, JDBC or database, and no outer module; its packages
 * (a package with its subpackages) depend on each other without a cycle.
 */
class ArchitectureTest {
    /** No cycle among the packages under {@code root}, each package taken with its subpackages. */
    static ArchRule noPackageCycles(String root) {
        return slices().matching(root + ".(*)..").should().beFreeOfCycles();
    }

    private final JavaClasses registry = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.strata.registry");

    @Test
    void registryStaysFreeOfFrameworksAndStorage() {
        noClasses()
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage(
                        "java.sql..",
                        "javax.sql..",
                        "jakarta..",
                        "javax.ws..",
                        "com.fasterxml..",
                        "org.glassfish..",
                        "org.sqlite..",
                        "org.postgresql..",
                        "org.flywaydb..",
                        "com.zaxxer..",
                        "org.apache.sis..")
                .check(registry);
    }

    @Test
    void registryDependsOnGeoButNotOnDataOrWeb() {
        noClasses()
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage("org.strata.data..", "org.strata.web..")
                .check(registry);
    }

    @Test
    void registryPackagesHaveNoCycle() {
        noPackageCycles("org.strata.registry").check(registry);
    }

    @Test
    void theNoCycleRuleCatchesADeliberateCycle() {
        JavaClasses fixture = new ClassFileImporter().importPackages("org.strata.registry.archfixture");
        AssertionError caught =
                assertThrows(AssertionError.class, () -> noPackageCycles("org.strata.registry.archfixture")
                        .check(fixture));
        assertTrue(caught.getMessage().contains("Cycle detected"), caught.getMessage());
    }
}
