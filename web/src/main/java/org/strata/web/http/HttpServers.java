package org.strata.web.http;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import org.glassfish.grizzly.http.server.HttpHandler;
import org.glassfish.grizzly.http.server.HttpServer;
import org.glassfish.grizzly.http.server.NetworkListener;
import org.glassfish.grizzly.http.server.ServerConfiguration;
import org.glassfish.grizzly.threadpool.ThreadPoolConfig;
import org.glassfish.jersey.grizzly2.httpserver.GrizzlyHttpContainer;
import org.glassfish.jersey.server.ContainerFactory;
import org.glassfish.jersey.server.ResourceConfig;

/**
 * Builds the HTTP server: one listener whose worker pool is sized for blocking work (each request may wait on the
 * store), bounded request lines and headers, JSON error pages for whatever Grizzly answers itself, and the Jersey
 * application behind a {@link GuardedHandler}.
 */
public final class HttpServers {
    /** Worker threads: requests block on the store, so there are many more than cores. */
    public static final int WORKERS = Integer.getInteger("strata.http.workers", 32);
    /** Largest request line plus headers, in bytes. */
    public static final int MAX_HEADER_BYTES = 16 * 1024;
    /** Most request headers. */
    public static final int MAX_HEADERS = 64;

    private HttpServers() {}

    /**
     * A server, not yet started, for a Jersey application at {@code /} and static files under a prefix.
     *
     * @param base the address to listen on (host and port; port 0 takes a free one)
     * @param filesPrefix the path prefix of the static files, such as {@code /viewer/}
     * @param files serves those paths, resolving the whole path
     */
    public static HttpServer create(URI base, ResourceConfig application, String filesPrefix, HttpHandler files) {
        GrizzlyHttpContainer container = ContainerFactory.createContainer(GrizzlyHttpContainer.class, application);
        HttpServer server = new HttpServer();
        NetworkListener listener = new NetworkListener("grizzly", base.getHost(), base.getPort());
        listener.getTransport()
                .setWorkerThreadPoolConfig(ThreadPoolConfig.defaultConfig()
                        .setPoolName("strata-http")
                        .setCorePoolSize(WORKERS)
                        .setMaxPoolSize(WORKERS));
        listener.setMaxHttpHeaderSize(MAX_HEADER_BYTES);
        listener.setMaxRequestHeaders(MAX_HEADERS);
        listener.registerAddOn(new JsonCodecErrors());
        server.addListener(listener);
        ServerConfiguration configuration = server.getServerConfiguration();
        configuration.setPassTraceRequest(true);
        configuration.setDefaultQueryEncoding(StandardCharsets.UTF_8);
        configuration.setDefaultErrorPageGenerator(new JsonErrorPages());
        configuration.addHttpHandler(new GuardedHandler(container, filesPrefix, files), "/");
        return server;
    }
}
