package org.strata.registry.cases;

/**
 * A case request that cannot be carried out, with a stable code and the kind of refusal, which the web layer
 * maps to a status once.
 */
public final class CaseException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /** Why the request is refused. */
    public enum Kind {
        /** The application is malformed (400). */
        INVALID,
        /** The unit or case does not exist (404). */
        NOT_FOUND,
        /** The caller may not do this (403). */
        FORBIDDEN,
        /** The case is not in a state that allows this step, or lost a race (409). */
        CONFLICT,
        /** The application is well formed but the law does not allow what it asks (422). */
        UNLAWFUL
    }

    private final Kind kind;
    private final String code;

    /** A refusal. */
    public CaseException(Kind kind, String code, String message) {
        super(message);
        this.kind = kind;
        this.code = code;
    }

    /** A malformed application. */
    public static CaseException invalid(String code, String message) {
        return new CaseException(Kind.INVALID, code, message);
    }

    /** The kind of refusal. */
    public Kind kind() {
        return kind;
    }

    /** The stable code. */
    public String code() {
        return code;
    }
}
