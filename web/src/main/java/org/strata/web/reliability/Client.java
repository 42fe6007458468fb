package org.strata.web.reliability;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/** A small JSON client of one running service, signed in as the demo officer. */
final class Client {
    private static final ObjectMapper JSON = new ObjectMapper();

    private final HttpClient http = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5))
            .build();
    private final URI base;
    private final Latencies latencies;
    private String bearer = "";

    Client(URI base) {
        this(base, null);
    }

    /** A client whose every answer (status and time) is told to {@code latencies}, when not null. */
    Client(URI base, Latencies latencies) {
        this.base = base;
        this.latencies = latencies;
    }

    /** Signs in as a demo account. */
    void signIn(String username) throws IOException, InterruptedException {
        Answer a = post("/auth/token", "{\"username\":\"" + username + "\",\"password\":\"demo\"}");
        if (a.status() != 200) {
            throw new IOException("sign-in as " + username + " refused: " + a.status());
        }
        bearer = "Bearer " + a.json().get("access_token").asText();
    }

    Answer get(String path) throws IOException, InterruptedException {
        HttpRequest.Builder r = HttpRequest.newBuilder(base.resolve(path))
                .timeout(Duration.ofSeconds(30))
                .GET();
        return send(r);
    }

    Answer post(String path, String json) throws IOException, InterruptedException {
        HttpRequest.Builder r = HttpRequest.newBuilder(base.resolve(path))
                .timeout(Duration.ofSeconds(30))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json));
        return send(r);
    }

    private Answer send(HttpRequest.Builder r) throws IOException, InterruptedException {
        if (!bearer.isEmpty()) {
            r.header("Authorization", bearer);
        }
        long started = System.nanoTime();
        HttpResponse<String> response;
        try {
            response = http.send(r.build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            if (latencies != null) {
                latencies.failed();
            }
            throw e;
        }
        if (latencies != null) {
            latencies.answered(response.statusCode(), System.nanoTime() - started);
        }
        return new Answer(response.statusCode(), response.body());
    }

    /** A status and its body. */
    record Answer(int status, String body) {
        JsonNode json() throws IOException {
            return JSON.readTree(body);
        }
    }
}
