package org.strata.web.http;

import jakarta.ws.rs.core.Response;
import org.strata.registry.survey.Checksums;

/**
 * Answers bytes that every caller may share (tiles): an ETag of their content and {@code Cache-Control}, 304 when the
 * caller already holds them, 204 when there are none.
 */
public final class CachedBytes {
    private CachedBytes() {}

    /** The answer for {@code bytes} of a media type, given the request's {@code If-None-Match}. */
    public static Response answer(byte[] bytes, String mediaType, String ifNoneMatch) {
        String etag = "\"" + Checksums.sha256(bytes).substring(0, 32) + "\"";
        if (etag.equals(ifNoneMatch)) {
            return Response.notModified().header("ETag", etag).build();
        }
        Response.ResponseBuilder answer = bytes.length == 0 ? Response.noContent() : Response.ok(bytes, mediaType);
        return answer.header("ETag", etag)
                .header("Cache-Control", "public, max-age=300")
                .build();
    }
}
