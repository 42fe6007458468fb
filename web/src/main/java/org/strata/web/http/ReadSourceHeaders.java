package org.strata.web.http;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import java.util.Locale;
import java.util.function.Supplier;
import org.strata.data.postgis.PublicReads;

/**
 * States on every answer of the public map (the OGC API and the 3D tiles) where it was read: {@code
 * Strata-Read-From: secondary} or {@code primary}, and {@code Strata-Replication-Lag} in seconds — how far behind the
 * register's primary the answer may be.
 */
public final class ReadSourceHeaders implements ContainerResponseFilter {
    /** The node that answered the public map. */
    public static final String READ_FROM = "Strata-Read-From";
    /** The answering node's replication lag, in seconds. */
    public static final String LAG = "Strata-Replication-Lag";

    private final Supplier<PublicReads.Source> source;

    /** Headers from the public reads' source. */
    public ReadSourceHeaders(Supplier<PublicReads.Source> source) {
        this.source = source;
    }

    @Override
    public void filter(ContainerRequestContext request, ContainerResponseContext response) {
        String path = request.getUriInfo().getPath();
        if (path.startsWith("ogc") || path.startsWith("3dtiles")) {
            PublicReads.Source s = source.get();
            response.getHeaders().putSingle(READ_FROM, s.secondary() ? "secondary" : "primary");
            response.getHeaders().putSingle(LAG, String.format(Locale.ROOT, "%.3f", s.lagSeconds()));
        }
    }
}
