package org.strata.web.http;

import jakarta.annotation.Priority;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.container.PreMatching;
import java.util.UUID;
import java.util.regex.Pattern;
import org.slf4j.MDC;

/**
 * One access-log line per request — request id, method, path, status and time taken — and the request id on the
 * answer as {@code X-Request-Id}. A client's own id is kept when it is a short token; the query string is never
 * logged (it may carry a case reference or a search).
 */
@PreMatching
@Priority(Priorities.AUTHENTICATION - 100)
public final class RequestLog implements ContainerRequestFilter, ContainerResponseFilter {
    /** The header carrying the request id, both ways. */
    public static final String HEADER = "X-Request-Id";
    /** The logger of the access log. */
    public static final String LOGGER = "strata.access";

    private static final Pattern CLIENT_ID = Pattern.compile("[A-Za-z0-9._-]{1,64}");
    private static final String ID = RequestLog.class.getName() + ".id";
    private static final String STARTED = RequestLog.class.getName() + ".started";

    /** Waits until the access log has written every request answered so far. */
    public static void flush() {
        AccessLogWriter.flush();
    }

    @Override
    public void filter(ContainerRequestContext request) {
        String given = request.getHeaderString(HEADER);
        String id = given != null && CLIENT_ID.matcher(given).matches()
                ? given
                : UUID.randomUUID().toString();
        request.setProperty(ID, id);
        request.setProperty(STARTED, System.nanoTime());
        MDC.put("requestId", id);
    }

    @Override
    public void filter(ContainerRequestContext request, ContainerResponseContext response) {
        Object id = request.getProperty(ID);
        Object started = request.getProperty(STARTED);
        if (id == null) {
            return; // refused before the request filter ran
        }
        response.getHeaders().putSingle(HEADER, id);
        long micros = started instanceof Long s ? (System.nanoTime() - s) / 1000 : -1;
        AccessLogWriter.write(
                id + " " + request.getMethod() + " /" + request.getUriInfo().getPath() + " " + response.getStatus()
                        + " " + String.format("%.1f", micros / 1000.0) + " ms");
        MDC.remove("requestId");
    }
}
