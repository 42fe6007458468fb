package org.strata.web.http;

import org.glassfish.grizzly.http.server.Response;

/**
 * The security headers of every answer: no MIME sniffing, no framing, no referrer; the API's answers are never
 * stored by caches (they may carry personal data) and may run no script. The viewer's pages keep their own policy.
 */
final class SecurityHeaders {
    private SecurityHeaders() {}

    static void add(String rawPath, Response response) {
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("X-Frame-Options", "DENY");
        response.setHeader("Referrer-Policy", "no-referrer");
        if (rawPath != null && (rawPath.startsWith("/api/") || rawPath.startsWith("/auth/"))) {
            response.setHeader("Cache-Control", "no-store");
            response.setHeader("Content-Security-Policy", "default-src 'none'; frame-ancestors 'none'");
        }
    }
}
