package org.strata.web;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/** A small HTTP client for tests against a running service (HTTP/1.1: Grizzly drops headers on h2c upgrades). */
public final class Http {
    private static final ObjectMapper JSON = new ObjectMapper();
    private final HttpClient client = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(10))
            .build();
    private final URI base;
    private final String bearer;

    /** A client for the service at {@code base}. */
    public Http(URI base) {
        this(base, null);
    }

    private Http(URI base, String bearer) {
        this.base = base;
        this.bearer = bearer;
    }

    /** The Authorization header this client sends ({@code Bearer …}). */
    public String authorization() {
        return bearer;
    }

    /** The same client signed in as a demo account (password demo). */
    public Http as(String username) {
        String token = json(postJson("/auth/token", "{\"username\":\"" + username + "\",\"password\":\"demo\"}"))
                .get("access_token")
                .asText();
        return new Http(base, "Bearer " + token);
    }

    /** GET a path (with query) relative to the base. */
    public HttpResponse<String> get(String pathAndQuery, String... headers) {
        HttpRequest.Builder request =
                HttpRequest.newBuilder(resolve(pathAndQuery)).GET();
        if (headers.length > 0) {
            request.headers(headers);
        }
        return send(request.build());
    }

    /** POST a JSON body. */
    public HttpResponse<String> postJson(String path, String body, String... headers) {
        HttpRequest.Builder request = HttpRequest.newBuilder(resolve(path))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body));
        if (headers.length > 0) {
            request.headers(headers);
        }
        return send(request.build());
    }

    /** POST bytes with a content type. */
    public HttpResponse<String> postBytes(String path, String contentType, byte[] body) {
        return send(HttpRequest.newBuilder(resolve(path))
                .header("Content-Type", contentType)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body))
                .build());
    }

    /** Any method with an empty body. */
    public HttpResponse<String> method(String method, String path) {
        return send(HttpRequest.newBuilder(resolve(path))
                .method(method, HttpRequest.BodyPublishers.noBody())
                .build());
    }

    /** The absolute URI of a path, or the URI itself when absolute. */
    public URI resolve(String pathAndQuery) {
        return pathAndQuery.startsWith("http") ? URI.create(pathAndQuery) : base.resolve(pathAndQuery);
    }

    /** Parses a JSON body. */
    public static JsonNode json(HttpResponse<String> response) {
        try {
            return JSON.readTree(response.body());
        } catch (IOException e) {
            throw new UncheckedIOException("not JSON: " + response.body(), e);
        }
    }

    /** The href of a page's {@code next} link (absolute; {@link #get} takes it as it is), or null on the last page. */
    public static String nextLink(JsonNode page) {
        for (JsonNode link : page.get("links")) {
            if (link.get("rel").asText().equals("next")) {
                return link.get("href").asText();
            }
        }
        return null;
    }

    /** GET a path as bytes (a document). */
    public HttpResponse<byte[]> getBytes(String pathAndQuery) {
        HttpRequest.Builder request =
                HttpRequest.newBuilder(resolve(pathAndQuery)).GET();
        if (bearer != null) {
            request.header("Authorization", bearer);
        }
        try {
            return client.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private HttpResponse<String> send(HttpRequest request) {
        if (bearer != null && request.headers().firstValue("Authorization").isEmpty()) {
            HttpRequest.Builder signed =
                    HttpRequest.newBuilder(request, (name, value) -> true).header("Authorization", bearer);
            request = signed.build();
        }
        try {
            return client.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
