package org.strata.web.boot;

import java.io.IOException;
import java.net.URI;
import java.time.Clock;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.glassfish.grizzly.http.server.HttpServer;
import org.glassfish.jersey.grizzly2.httpserver.GrizzlyHttpServerFactory;
import org.glassfish.jersey.jackson.JacksonFeature;
import org.glassfish.jersey.server.ResourceConfig;
import org.glassfish.jersey.server.ServerProperties;
import org.strata.data.demo.DemoAreaGenerator;
import org.strata.data.demo.DemoData;
import org.strata.data.embedded.EmbeddedStore;
import org.strata.data.identity.DemoIdentityProvider;
import org.strata.data.postgis.PostgisStore;
import org.strata.geo.crs.GridTransform;
import org.strata.registry.port.CadastreContents;
import org.strata.registry.port.CadastreStore;
import org.strata.registry.port.IdentityProvider;
import org.strata.web.api.ErrorMappers;
import org.strata.web.api.HealthResource;
import org.strata.web.api.UnitCodeResource;
import org.strata.web.auth.AuthResource;
import org.strata.web.auth.BearerTokenFilter;
import org.strata.web.auth.TokenService;
import org.strata.web.ogc.OgcResource;

/** The running service: the one place where the store, identity, resources and HTTP server are wired together. */
public final class StrataServer implements AutoCloseable {
    private static final Logger LOG = Logger.getLogger(StrataServer.class.getName());

    static {
        // Jersey warns that resource instances are "providers it will ignore" and then serves them as resources;
        // the warning is noise (the resources are in use), so only its severe messages are shown.
        Logger.getLogger("org.glassfish.jersey.internal.inject.Providers").setLevel(Level.SEVERE);
    }

    private final HttpServer http;
    private final CadastreStore store;
    private final URI uri;

    private StrataServer(HttpServer http, CadastreStore store, URI uri) {
        this.http = http;
        this.store = store;
        this.uri = uri;
    }

    /** Opens the store chosen by the settings, loads the demo area when asked, and starts listening. */
    public static StrataServer start(ServerSettings settings) throws IOException {
        GridTransform transform = GridTransform.epsg4549();
        CadastreStore store = settings.databaseUrl().isPresent()
                ? PostgisStore.open(settings.databaseUrl().get(), settings.schema())
                : EmbeddedStore.open(settings.dataFolder().resolve("store"));
        try {
            Optional<IdentityProvider> demoIdentity = Optional.empty();
            if (settings.demo()) {
                loadDemo(store, settings, transform);
                demoIdentity =
                        Optional.of(new DemoIdentityProvider(DemoAreaGenerator.COUNTY, DemoData.DEMO_OWNER_PARTY_ID));
            }
            TokenService tokens = new TokenService(
                    TokenService.loadOrCreateKey(settings.dataFolder().resolve("token.key")), Clock.systemUTC());
            ResourceConfig config = new ResourceConfig()
                    .property(ServerProperties.WADL_FEATURE_DISABLE, true)
                    .register(JacksonFeature.withoutExceptionMappers())
                    .register(new JsonConfig())
                    .register(new BearerTokenFilter(tokens))
                    .registerInstances(
                            new RootResource(),
                            new HealthResource(store, settings.storeName()),
                            new UnitCodeResource(),
                            new AuthResource(demoIdentity, tokens),
                            new OgcResource(store, transform));
            ErrorMappers.all().forEach(config::register);
            URI base = URI.create("http://" + settings.host() + ":" + settings.port() + "/");
            HttpServer http = GrizzlyHttpServerFactory.createHttpServer(base, config, true);
            int port = http.getListener("grizzly").getPort();
            URI actual = URI.create("http://" + settings.host() + ":" + port + "/");
            LOG.info("Strata serves " + actual + " on the " + settings.storeName() + " store");
            return new StrataServer(http, store, actual);
        } catch (IOException | RuntimeException e) {
            store.close();
            throw e;
        }
    }

    private static void loadDemo(CadastreStore store, ServerSettings settings, GridTransform transform) {
        long started = System.nanoTime();
        System.out.println("Demo area: checking the store...");
        CadastreContents written = DemoData.loadIfEmpty(store, settings.demoSeed(), settings.demoSize(), transform);
        if (written == null) {
            System.out.println("Demo area: the store already holds parcels; nothing loaded");
        } else {
            System.out.printf(
                    "Demo area: wrote %d parcels, %d buildings, %d units, %d parties, %d rights in %.1f s%n",
                    written.parcels().size(),
                    written.buildings().size(),
                    written.units().size(),
                    written.parties().size(),
                    written.rights().size(),
                    (System.nanoTime() - started) / 1e9);
        }
    }

    /** The base URI the service answers on. */
    public URI uri() {
        return uri;
    }

    /** The store the service uses. */
    public CadastreStore store() {
        return store;
    }

    /** Stops listening and closes the store. */
    @Override
    public void close() {
        http.shutdownNow();
        store.close();
    }
}
