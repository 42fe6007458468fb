package org.strata.web.http;

/** A request that cannot be answered, with the HTTP status and the stable machine-readable code to send. */
public final class ApiException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final int status;
    private final String code;

    /** A failure with its status, code and a message naming the problem. */
    public ApiException(int status, String code, String message) {
        super(message);
        this.status = status;
        this.code = code;
    }

    /** 400 with a code and message. */
    public static ApiException badRequest(String code, String message) {
        return new ApiException(400, code, message);
    }

    /** 404 with a code and message. */
    public static ApiException notFound(String code, String message) {
        return new ApiException(404, code, message);
    }

    /** The HTTP status. */
    public int status() {
        return status;
    }

    /** The stable machine-readable code. */
    public String code() {
        return code;
    }
}
