package org.strata.web.http;

import java.nio.charset.StandardCharsets;
import java.util.concurrent.Executors;
import org.glassfish.grizzly.filterchain.FilterChainBuilder;
import org.glassfish.grizzly.http.ContentEncoding;
import org.glassfish.grizzly.http.HttpContent;
import org.glassfish.grizzly.http.HttpResponsePacket;
import org.glassfish.grizzly.http.HttpServerFilter;
import org.glassfish.grizzly.http.KeepAlive;
import org.glassfish.grizzly.http.server.AddOn;
import org.glassfish.grizzly.http.server.NetworkListener;
import org.glassfish.grizzly.memory.Buffers;
import org.glassfish.grizzly.memory.MemoryManager;
import org.glassfish.grizzly.utils.DelayedExecutor;

/**
 * Makes the HTTP codec's own refusals — a request line or headers longer than the listener takes, a request that
 * is not HTTP — answer Strata's JSON error body instead of an empty 400. It puts a codec filter that differs from
 * Grizzly's only in that answer in place of Grizzly's, with the listener's settings.
 */
final class JsonCodecErrors implements AddOn {
    /** One idle-connection timer for every listener of the process. */
    private static final DelayedExecutor IDLE = startIdleTimer();

    @Override
    public void setup(NetworkListener listener, FilterChainBuilder builder) {
        int index = builder.indexOfType(HttpServerFilter.class);
        if (index < 0) {
            return;
        }
        HttpServerFilter original = (HttpServerFilter) builder.get(index);
        Codec codec = new Codec(
                listener.isChunkingEnabled(),
                listener.getMaxHttpHeaderSize(),
                original.getDefaultResponseContentType(),
                listener.getKeepAlive(),
                listener.getMaxRequestHeaders(),
                listener.getMaxResponseHeaders());
        for (ContentEncoding e : original.getContentEncodings()) {
            codec.addContentEncoding(e);
        }
        codec.setRemoveHandledContentEncodingHeaders(original.isRemoveHandledContentEncodingHeaders());
        codec.setAllowPayloadForUndefinedHttpMethods(original.isAllowPayloadForUndefinedHttpMethods());
        codec.getMonitoringConfig().addProbes(original.getMonitoringConfig().getProbes());
        builder.set(index, codec);
    }

    private static DelayedExecutor startIdleTimer() {
        DelayedExecutor timer = new DelayedExecutor(Executors.newCachedThreadPool(r -> {
            Thread t = new Thread(r, "strata-http-idle");
            t.setDaemon(true);
            return t;
        }));
        timer.start();
        return timer;
    }

    /** Grizzly's server codec with a JSON body on its own error answers. */
    private static final class Codec extends HttpServerFilter {
        Codec(
                boolean chunking,
                int maxHeaderBytes,
                String defaultContentType,
                KeepAlive keepAlive,
                int maxRequestHeaders,
                int maxResponseHeaders) {
            super(chunking, maxHeaderBytes, defaultContentType, keepAlive, IDLE, maxRequestHeaders, maxResponseHeaders);
        }

        @Override
        protected HttpContent customizeErrorResponse(HttpResponsePacket response) {
            byte[] body = JsonErrorPages.body(response.getStatus()).getBytes(StandardCharsets.UTF_8);
            response.setContentType("application/json");
            response.setHeader("Content-Type", "application/json");
            response.setContentLength(body.length);
            return HttpContent.builder(response)
                    .content(Buffers.wrap(MemoryManager.DEFAULT_MEMORY_MANAGER, body))
                    .last(true)
                    .build();
        }
    }
}
