package org.strata.web.arch;

import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/**
 * The modules point one way (web → data → registry → geo) and the web module's packages have no cycle: shared HTTP
 * plumbing in {@code http}, the command line in {@code cli} above the server in {@code boot}.
 */
class ArchitectureTest {
    private final JavaClasses strata = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.strata");

    @Test
    void modulesPointOneWay() {
        layeredArchitecture()
                .consideringOnlyDependenciesInLayers()
                .layer("web")
                .definedBy("org.strata.web..")
                .layer("data")
                .definedBy("org.strata.data..")
                .layer("registry")
                .definedBy("org.strata.registry..")
                .layer("geo")
                .definedBy("org.strata.geo..")
                .whereLayer("web")
                .mayNotBeAccessedByAnyLayer()
                .whereLayer("data")
                .mayOnlyBeAccessedByLayers("web")
                .whereLayer("registry")
                .mayOnlyBeAccessedByLayers("data", "web")
                .check(strata);
    }

    @Test
    void webPackagesHaveNoCycle() {
        slices().matching("org.strata.web.(*)..").should().beFreeOfCycles().check(strata);
    }
}
