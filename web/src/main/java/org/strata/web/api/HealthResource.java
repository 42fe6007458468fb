package org.strata.web.api;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.strata.registry.port.CadastreStore;

/** {@code GET /health}: whether the service and its store answer. */
@Path("/health")
@Produces(MediaType.APPLICATION_JSON)
public final class HealthResource {
    private final CadastreStore store;
    private final String storeName;

    /** The health check of a store with a name to report (embedded or postgis). */
    public HealthResource(CadastreStore store, String storeName) {
        this.store = store;
        this.storeName = storeName;
    }

    /** 200 with {@code status: up} when the store answers; a store failure answers 503 through the mappers. */
    @GET
    public Health health() {
        store.checkHealth();
        return new Health("up", storeName);
    }

    /**
     * The service's health.
     *
     * @param status up
     * @param store the store it runs on (embedded or postgis)
     */
    public record Health(String status, String store) {}
}
