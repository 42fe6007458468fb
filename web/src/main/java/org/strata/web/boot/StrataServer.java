package org.strata.web.boot;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import org.glassfish.grizzly.http.server.HttpServer;
import org.glassfish.jersey.jackson.JacksonFeature;
import org.glassfish.jersey.server.ResourceConfig;
import org.glassfish.jersey.server.ServerProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.bridge.SLF4JBridgeHandler;
import org.strata.data.demo.DemoArea;
import org.strata.data.demo.DemoAreaGenerator;
import org.strata.data.demo.DemoData;
import org.strata.data.embedded.EmbeddedStore;
import org.strata.data.identity.DemoIdentityProvider;
import org.strata.data.jdbc.JdbcStores;
import org.strata.data.journal.JournaledRegisterStore;
import org.strata.data.journal.RegisterJournal;
import org.strata.data.postgis.PostgisStore;
import org.strata.data.postgis.PublicReads;
import org.strata.geo.crs.GridTransform;
import org.strata.geo.crs.HeightConversion;
import org.strata.registry.access.GroupCommitLog;
import org.strata.registry.access.MapLookup;
import org.strata.registry.access.RateLimiter;
import org.strata.registry.access.SignInThrottle;
import org.strata.registry.access.SpaceLookup;
import org.strata.registry.access.UnitLookup;
import org.strata.registry.cases.CaseService;
import org.strata.registry.cases.RegisterQueries;
import org.strata.registry.cases.RegisterStore;
import org.strata.registry.cases.SpaceRules;
import org.strata.registry.port.CadastreStore;
import org.strata.registry.port.IdentityProvider;
import org.strata.registry.space.SpaceQueries;
import org.strata.web.api.CaseErrors;
import org.strata.web.api.CasesResource;
import org.strata.web.api.CertificatesResource;
import org.strata.web.api.CityJsonResource;
import org.strata.web.api.CodeTablesResource;
import org.strata.web.api.CzmlResource;
import org.strata.web.api.HealthResource;
import org.strata.web.api.MeResource;
import org.strata.web.api.RegisterResource;
import org.strata.web.api.SpaceResource;
import org.strata.web.api.UnitCodeResource;
import org.strata.web.api.UnitsResource;
import org.strata.web.auth.AuthResource;
import org.strata.web.auth.BearerTokenFilter;
import org.strata.web.auth.OidcTokenVerifier;
import org.strata.web.auth.TokenService;
import org.strata.web.auth.TokenVerifier;
import org.strata.web.http.ApiDocumentResource;
import org.strata.web.http.BodyLimitFilter;
import org.strata.web.http.ErrorMappers;
import org.strata.web.http.HttpServers;
import org.strata.web.http.ReadSourceHeaders;
import org.strata.web.http.RequestLog;
import org.strata.web.ogc.OgcResource;
import org.strata.web.ogc.OgcTileMatrixSetsResource;
import org.strata.web.ogc.OgcTilesResource;
import org.strata.web.survey.SurveyErrors;
import org.strata.web.tiles3d.TileContents;
import org.strata.web.tiles3d.VolumeTilesResource;

/** The running service: the one place where the stores, identity, use cases, resources and HTTP server are wired. */
public final class StrataServer implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(StrataServer.class);

    static {
        // Grizzly and Jersey log through java.util.logging: route it to slf4j, so the service has one log
        if (!SLF4JBridgeHandler.isInstalled()) {
            SLF4JBridgeHandler.removeHandlersForRootLogger();
            SLF4JBridgeHandler.install();
        }
        // Jersey warns that resource instances are "providers it will ignore" and then serves them as resources;
        // the warning is noise (the resources are in use), so only its severe messages are shown.
        java.util.logging.Logger.getLogger("org.glassfish.jersey.internal.inject.Providers")
                .setLevel(java.util.logging.Level.SEVERE);
    }

    private final HttpServer http;
    private final JdbcStores stores;
    private final RegisterJournal journal;
    private final RegisterStore register;
    private final URI uri;
    private final List<Class<?>> resourceClasses;
    private final GroupCommitLog queryLog;
    private final Optional<PublicReads> publicReads;

    private StrataServer(
            HttpServer http,
            JdbcStores stores,
            RegisterJournal journal,
            RegisterStore register,
            URI uri,
            List<Class<?>> resourceClasses,
            GroupCommitLog queryLog,
            Optional<PublicReads> publicReads) {
        this.http = http;
        this.stores = stores;
        this.journal = journal;
        this.register = register;
        this.uri = uri;
        this.resourceClasses = List.copyOf(resourceClasses);
        this.queryLog = queryLog;
        this.publicReads = publicReads;
    }

    /** Starts with the system clock. */
    public static StrataServer start(ServerSettings settings) throws IOException {
        return start(settings, Clock.systemUTC());
    }

    /** Opens the store chosen by the settings, loads the demo area when asked, and starts listening. */
    public static StrataServer start(ServerSettings settings, Clock clock) throws IOException {
        GridTransform transform = GridTransform.epsg4549();
        // the journal is read (every block checked) while the store opens (its 3D index loaded): both take seconds
        // for a city, and neither needs the other until they are paired
        CompletableFuture<RegisterJournal> opening =
                CompletableFuture.supplyAsync(() -> RegisterJournal.open(journalFile(settings.dataFolder())));
        JdbcStores stores;
        try {
            stores = settings.databaseUrl().isPresent()
                    ? PostgisStore.open(settings.databaseUrl().get(), settings.schema())
                    : EmbeddedStore.open(settings.dataFolder().resolve("store"));
        } catch (RuntimeException e) {
            opening.thenAccept(RegisterJournal::close);
            throw e;
        }
        RegisterJournal journal = null;
        // the public map reads from a formation's secondary when the URL names several hosts
        Optional<PublicReads> publicReads =
                settings.databaseUrl().flatMap(url -> PublicReads.open(url, settings.schema()));
        try {
            journal = opened(opening);
            RegisterStore register = JournaledRegisterStore.open(stores.register(), journal);
            CadastreStore cadastre = stores.cadastre();
            CadastreStore mapStore =
                    publicReads.<CadastreStore>map(PublicReads::cadastre).orElse(cadastre);
            Optional<IdentityProvider> demoIdentity = Optional.empty();
            if (settings.demo()) {
                loadDemo(stores.cadastre(), register, settings, transform, clock);
                demoIdentity =
                        Optional.of(new DemoIdentityProvider(DemoAreaGenerator.COUNTY, DemoData.DEMO_OWNER_ID_NUMBER));
            }
            CaseService cases =
                    new CaseService(register, cadastre, clock, new SpaceRules(cadastre, settings.groundMetres()));
            RegisterQueries queries = new RegisterQueries(register, clock);
            SurveyWiring survey = SurveyWiring.create(stores, cases, settings, transform, clock);
            java.util.concurrent.atomic.AtomicReference<URI> publicBase =
                    new java.util.concurrent.atomic.AtomicReference<>(
                            URI.create("http://" + settings.host() + ":" + settings.port() + "/"));
            OnlineWiring online = OnlineWiring.create(stores, register, cases, settings, publicBase::get, clock);
            // every lookup is recorded before it is answered; concurrent lookups share one commit
            GroupCommitLog queryLog = new GroupCommitLog(stores.queries());
            UnitLookup lookup = new UnitLookup(
                    register,
                    queryLog,
                    stores.interests(),
                    new RateLimiter(settings.publicLookupsPerHour(), clock),
                    clock);
            // sign-in sessions run on wall-clock time; the register's legal time comes from the clock port
            TokenService tokens = new TokenService(
                    TokenService.loadOrCreateKey(settings.dataFolder().resolve("token.key")), Clock.systemUTC());
            ResourceConfig config = new ResourceConfig()
                    .property(ServerProperties.WADL_FEATURE_DISABLE, true)
                    .register(JacksonFeature.withoutExceptionMappers())
                    .register(new JsonConfig())
                    .register(new RequestLog())
                    .register(new BodyLimitFilter())
                    .register(new BearerTokenFilter(settings.oidc()
                            .<TokenVerifier>map(o -> new OidcTokenVerifier(o.issuer(), o.jwksUrl()))
                            .orElse(tokens)));
            VolumeTilesResource volumeTiles;
            List<Object> resources = new ArrayList<>(List.of(
                    new RootResource(),
                    new HealthResource(cadastre, stores.name()),
                    new UnitCodeResource(),
                    new CodeTablesResource(),
                    new CertificatesResource(register, cadastre, lookup, online.documents()),
                    new CasesResource(cases, survey.registration()),
                    new UnitsResource(queries, lookup),
                    new MeResource(lookup),
                    new RegisterResource(queries, cases.rules()),
                    new SpaceResource(new SpaceLookup(new SpaceQueries(cadastre), lookup), transform),
                    new CzmlResource(
                            cadastre,
                            register,
                            transform,
                            new HeightConversion(settings.geoidOffsetMetres()),
                            settings.groundMetres(),
                            lookup),
                    new CityJsonResource(cadastre, transform, lookup),
                    new AuthResource(demoIdentity, tokens, new SignInThrottle(Clock.systemUTC())),
                    new OgcResource(mapStore, transform, new MapLookup()),
                    new OgcTilesResource(mapStore, transform),
                    new OgcTileMatrixSetsResource(),
                    volumeTiles = new VolumeTilesResource(
                            mapStore,
                            transform,
                            new TileContents(
                                    mapStore,
                                    register,
                                    transform,
                                    new HeightConversion(settings.geoidOffsetMetres()),
                                    settings.groundMetres()),
                            new JsonConfig().getContext(Object.class),
                            clock)));
            resources.addAll(survey.resources());
            resources.addAll(online.resources());
            List<Class<?>> classes = new ArrayList<>(
                    resources.stream().<Class<?>>map(Object::getClass).toList());
            classes.add(ApiDocumentResource.class);
            resources.add(new ApiDocumentResource(classes));
            config.registerInstances(resources.toArray());
            publicReads.ifPresent(reads -> config.register(new ReadSourceHeaders(reads::source)));
            ErrorMappers.all().forEach(config::register);
            CaseErrors.all().forEach(config::register);
            config.register(new SurveyErrors());
            URI base = URI.create("http://" + settings.host() + ":" + settings.port() + "/");
            HttpServer http = HttpServers.create(base, config, ViewerFiles.PREFIX, ViewerFiles.handler());
            http.start();
            int port = http.getListener("grizzly").getPort();
            URI actual = URI.create("http://" + settings.host() + ":" + port + "/");
            publicBase.set(actual);
            LOG.info("Strata serves {} on the {} store", actual, stores.name());
            // the 3D tileset of a city takes a moment to lay out: done now, the first viewer does not wait for it
            Thread prepare = new Thread(volumeTiles::prepare, "strata-tileset");
            prepare.setDaemon(true);
            prepare.start();
            return new StrataServer(http, stores, journal, register, actual, classes, queryLog, publicReads);
        } catch (IOException | RuntimeException e) {
            if (journal != null) {
                journal.close();
            }
            publicReads.ifPresent(PublicReads::close);
            stores.close();
            throw e;
        }
    }

    private static RegisterJournal opened(CompletableFuture<RegisterJournal> opening) throws IOException {
        try {
            return opening.join();
        } catch (java.util.concurrent.CompletionException e) {
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            throw new IOException(e.getCause());
        }
    }

    /** The register journal of a data folder. */
    public static Path journalFile(Path dataFolder) {
        return dataFolder.resolve("journal").resolve("register.journal");
    }

    private static void loadDemo(
            CadastreStore cadastre,
            RegisterStore register,
            ServerSettings settings,
            GridTransform transform,
            Clock clock) {
        long started = System.nanoTime();
        LOG.info("Demo area: checking the store...");
        DemoArea written = DemoData.loadIfEmpty(
                cadastre,
                register,
                clock,
                settings.demoSeed(),
                settings.demoSize(),
                transform,
                line -> LOG.info("Demo area: {}", line));
        if (written == null) {
            LOG.info("Demo area: the store already holds it (or parcels of its own); nothing loaded");
        } else {
            LOG.info("Demo area: loaded in {} s", String.format("%.1f", (System.nanoTime() - started) / 1e9));
        }
    }

    /** The base URI the service answers on. */
    public URI uri() {
        return uri;
    }

    /** The JAX-RS resource classes the service serves. */
    public List<Class<?>> resourceClasses() {
        return resourceClasses;
    }

    /** The cadastre store the service uses. */
    public CadastreStore store() {
        return stores.cadastre();
    }

    /** Whether the store's 3D index has loaded (until then 3D queries are answered from its tables). */
    public boolean indexReady() {
        return stores.indexReady();
    }

    /** The register store the service uses. */
    public RegisterStore register() {
        return register;
    }

    /** Stops listening and closes the stores. */
    @Override
    public void close() {
        http.shutdownNow();
        queryLog.close();
        journal.close();
        publicReads.ifPresent(PublicReads::close);
        stores.close();
    }
}
