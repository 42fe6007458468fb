package org.strata.web.http;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.core.MediaType;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

/**
 * Bounds JSON request bodies to {@link #MAX_JSON_BYTES}: a declared length above it is refused before reading,
 * and a body that runs past it (chunked, or lying about its length) stops being read there. Other bodies (survey
 * packages) are bounded by the resources that read them.
 */
public final class BodyLimitFilter implements ContainerRequestFilter {
    /** Largest JSON body, in bytes. */
    public static final long MAX_JSON_BYTES = 4L * 1024 * 1024;

    @Override
    public void filter(ContainerRequestContext request) {
        MediaType type = request.getMediaType();
        if (type == null
                || !type.getSubtype().toLowerCase(java.util.Locale.ROOT).contains("json")) {
            return;
        }
        if (request.getLength() > MAX_JSON_BYTES) {
            throw new BodyTooLargeException(MAX_JSON_BYTES);
        }
        request.setEntityStream(new Bounded(request.getEntityStream(), MAX_JSON_BYTES));
    }

    /** A stream that fails once more than its limit has been read. */
    private static final class Bounded extends FilterInputStream {
        private final long limit;
        private long read;

        Bounded(InputStream in, long limit) {
            super(in);
            this.limit = limit;
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b >= 0) {
                count(1);
            }
            return b;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            int n = super.read(buffer, offset, length);
            if (n > 0) {
                count(n);
            }
            return n;
        }

        private void count(int n) {
            read += n;
            if (read > limit) {
                throw new BodyTooLargeException(limit);
            }
        }
    }
}
