package org.strata.registry.actor;

/** A query or access request that is refused, with a stable code and the kind of refusal the web layer maps once. */
public final class AccessException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /** Why the request is refused. */
    public enum Kind {
        /** The request is malformed (400). */
        INVALID,
        /** What it names does not exist, or may not be seen (404). */
        NOT_FOUND,
        /** The asker may not do this (403). */
        FORBIDDEN
    }

    private final Kind kind;
    private final String code;

    /** A refusal. */
    public AccessException(Kind kind, String code, String message) {
        super(message);
        this.kind = kind;
        this.code = code;
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
