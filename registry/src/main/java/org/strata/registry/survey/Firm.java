package org.strata.registry.survey;

import java.util.List;
import java.util.Objects;

/**
 * A surveying firm with its qualification and the registered surveyors who may upload its packages.
 *
 * @param id the firm's id (its unified social credit code)
 * @param name the firm's name
 * @param qualification the surveying qualification (测绘资质), e.g. "甲级 0001"
 * @param surveyors the identities (subjects) of its registered surveyors
 */
public record Firm(String id, String name, String qualification, List<String> surveyors) {
    /** Checks the fields. */
    public Firm {
        Checks.text(id, "id");
        Checks.text(name, "name");
        Checks.text(qualification, "qualification");
        surveyors = List.copyOf(surveyors);
    }

    /** Whether the identity is one of its registered surveyors. */
    public boolean employs(String subject) {
        return surveyors.contains(Objects.requireNonNull(subject, "subject"));
    }
}
