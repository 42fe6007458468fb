package org.strata.web.http;

/**
 * The JSON body of every error answer.
 *
 * @param status the HTTP status
 * @param code a stable machine-readable code (e.g. {@code invalid-bbox})
 * @param message what was wrong, naming the parameter or part
 */
public record ErrorBody(int status, String code, String message) {}
