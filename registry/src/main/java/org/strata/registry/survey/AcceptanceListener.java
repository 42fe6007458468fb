package org.strata.registry.survey;

/** Told when a package is accepted, in the same call that accepted it: registration reuses what it holds. */
@FunctionalInterface
public interface AcceptanceListener {
    /** A package was accepted. */
    void accepted(SurveyPackage accepted, PackageContents contents);
}
