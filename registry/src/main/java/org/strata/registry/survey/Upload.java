package org.strata.registry.survey;

/**
 * A stored upload with its report.
 *
 * @param stored the package
 * @param report the report
 */
public record Upload(SurveyPackage stored, CheckReport report) {}
