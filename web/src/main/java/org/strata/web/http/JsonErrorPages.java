package org.strata.web.http;

import org.glassfish.grizzly.http.server.ErrorPageGenerator;
import org.glassfish.grizzly.http.server.Request;

/**
 * Grizzly's own error answers (a path it cannot decode, a static file that is missing, a failure before Jersey is
 * reached) as Strata's JSON error body {@code {"status", "code", "message"}}, never an HTML page or a stack trace.
 */
public final class JsonErrorPages implements ErrorPageGenerator {
    @Override
    public String generate(Request request, int status, String reasonPhrase, String description, Throwable exception) {
        request.getResponse().setContentType("application/json");
        return body(status);
    }

    /** The JSON body for a status Grizzly answers by itself. */
    static String body(int status) {
        String code;
        String message;
        switch (status) {
            case 400 -> {
                code = "bad-request";
                message = "the request line or its headers are not valid HTTP";
            }
            case 404 -> {
                code = "not-found";
                message = "no such resource";
            }
            case 405 -> {
                code = "method-not-allowed";
                message = "this resource does not accept that method";
            }
            case 413 -> {
                code = "too-large";
                message = "the request is larger than the service accepts";
            }
            case 414 -> {
                code = "uri-too-long";
                message = "the request's address is longer than the service accepts";
            }
            case 431 -> {
                code = "headers-too-large";
                message = "the request's headers are larger than the service accepts";
            }
            default -> {
                code = status >= 500 ? "internal-error" : "bad-request";
                message = status >= 500
                        ? "the service failed to answer; the failure is logged"
                        : "the request is not valid";
            }
        }
        return body(status, code, message);
    }

    /** Strata's JSON error body; code and message are Strata's own text, free of quotes and backslashes. */
    static String body(int status, String code, String message) {
        return "{\"status\":" + status + ",\"code\":\"" + code + "\",\"message\":\"" + message + "\"}";
    }
}
