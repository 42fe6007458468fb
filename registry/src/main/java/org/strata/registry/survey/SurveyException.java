package org.strata.registry.survey;

import java.util.Optional;

/** A merged-survey request that cannot be done, with a stable code, its kind, and the check report when one ran. */
public final class SurveyException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /** Why. */
    public enum Kind {
        /** Malformed request (400). */
        INVALID,
        /** Unknown record (404). */
        NOT_FOUND,
        /** Not allowed for the asker (403). */
        FORBIDDEN,
        /** Conflicts with what is stored (409). */
        CONFLICT,
        /** A package rejected by its checks (422, with the report). */
        REJECTED
    }

    private final Kind kind;
    private final String code;
    private final transient CheckReport report;

    /** A failure without a report. */
    public SurveyException(Kind kind, String code, String message) {
        this(kind, code, message, null);
    }

    /** A failure with the report of the checks that ran. */
    public SurveyException(Kind kind, String code, String message, CheckReport report) {
        super(message);
        this.kind = kind;
        this.code = code;
        this.report = report;
    }

    /** The kind. */
    public Kind kind() {
        return kind;
    }

    /** The stable code. */
    public String code() {
        return code;
    }

    /** The report, when checks ran. */
    public Optional<CheckReport> report() {
        return Optional.ofNullable(report);
    }

    static SurveyException notFound(String what, String id) {
        return new SurveyException(Kind.NOT_FOUND, what + "-not-found", "no " + what + " " + id);
    }

    static SurveyException forbidden(String code, String message) {
        return new SurveyException(Kind.FORBIDDEN, code, message);
    }

    static SurveyException invalid(String code, String message) {
        return new SurveyException(Kind.INVALID, code, message);
    }
}
