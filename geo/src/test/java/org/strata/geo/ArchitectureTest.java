package org.strata.geo;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/**
 * geo reaches no web framework, JSON, JDBC or domain code, only its crs package touches Apache SIS, and its packages
 * have no cycle.
 */
class ArchitectureTest {
    private final JavaClasses geo = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.strata.geo");

    @Test
    void geoStaysFreeOfFrameworksAndStorage() {
        noClasses()
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage(
                        "java.sql..",
                        "javax.sql..",
                        "jakarta..",
                        "com.fasterxml..",
                        "org.glassfish..",
                        "org.h2..",
                        "org.postgresql..",
                        "org.strata.registry..",
                        "org.strata.data..",
                        "org.strata.web..")
                .check(geo);
    }

    @Test
    void onlyTheCrsPackageTouchesApacheSis() {
        classes()
                .that()
                .resideOutsideOfPackage("org.strata.geo.crs..")
                .should()
                .onlyDependOnClassesThat()
                .resideOutsideOfPackages("org.apache.sis..", "org.opengis..")
                .check(geo);
    }

    @Test
    void geoPackagesHaveNoCycle() {
        slices().matching("org.strata.geo.(*)..").should().beFreeOfCycles().check(geo);
    }
}
