package org.strata.registry;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** The registry domain reaches no web framework, JSON library, JDBC or database, and no outer module. */
class ArchitectureTest {
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
}
