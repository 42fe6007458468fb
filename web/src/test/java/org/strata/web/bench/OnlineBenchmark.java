package org.strata.web.bench;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import org.strata.data.demo.DemoData;
import org.strata.data.demo.DemoOnline;
import org.strata.web.DemoServer;
import org.strata.web.Http;
import org.strata.web.boot.StrataServer;

/**
 * Measures zero-document registration end to end through HTTP on the embedded demo store: a bank's mortgage
 * confirmed by the owner and recorded by the verification model (rules, shared-data checks, the county chain's
 * append, the certificate's PDF), then its cancellation filed by the bank and recorded at once. The reference,
 * measured in the same run, is an officer recording the same mortgage and cancellation through the case API
 * (the rules and the append, no consent, no verification model, no document). Run with
 * {@code scripts/bench online [ROUNDS]}.
 */
public final class OnlineBenchmark {
    private OnlineBenchmark() {}

    /** Runs the benchmark: {@code [rounds]} mortgage-and-cancellation pairs of each kind (default 200). */
    public static void main(String[] args) throws Exception {
        int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 200;
        Path folder = Files.createTempDirectory("strata-online-bench");
        try (StrataServer server = DemoServer.start(DemoServer.embedded(folder, true))) {
            Http http = new Http(server.uri());
            Http bank = http.as("bank");
            Http owner = http.as("owner");
            Http officer = http.as("officer");
            String flat = DemoOnline.ownersFlat(server.register()).orElseThrow().toString();
            run(rounds / 10, bank, owner, officer, flat); // warm-up
            long[] automatic = new long[rounds];
            long[] reference = new long[rounds];
            for (int i = 0; i < rounds; i++) {
                long t0 = System.nanoTime();
                automatic(bank, owner, flat);
                long t1 = System.nanoTime();
                reference(officer, flat);
                long t2 = System.nanoTime();
                automatic[i] = t1 - t0;
                reference[i] = t2 - t1;
            }
            print(rounds, automatic, reference);
        }
    }

    private static void run(int rounds, Http bank, Http owner, Http officer, String flat) {
        for (int i = 0; i < rounds; i++) {
            automatic(bank, owner, flat);
            reference(officer, flat);
        }
    }

    /** A mortgage and its cancellation, each recorded by the verification model. */
    private static void automatic(Http bank, Http owner, String flat) {
        JsonNode filed = ok(201, bank.postJson("/api/v1/applications", mortgage(flat)));
        JsonNode recorded =
                ok(200, owner.postJson("/api/v1/applications/" + filed.get("id").asText() + "/consent", ""));
        expect("recorded", recorded);
        JsonNode cancelled = ok(201, bank.postJson("/api/v1/applications", cancellation(flat, recorded)));
        expect("recorded", cancelled);
    }

    /** The same two registrations recorded by an officer through the case API. */
    private static void reference(Http officer, String flat) {
        JsonNode submitted = ok(201, officer.postJson("/api/v1/cases", mortgage(flat)));
        JsonNode recorded = ok(
                200,
                officer.postJson("/api/v1/cases/" + submitted.get("id").asText() + "/record", "{\"approve\":true}"));
        String event = recorded.get("eventId").asText();
        JsonNode cancel = ok(201, officer.postJson("/api/v1/cases", cancellationOf(flat, event)));
        ok(200, officer.postJson("/api/v1/cases/" + cancel.get("id").asText() + "/record", "{\"approve\":true}"));
    }

    private static String mortgage(String flat) {
        return "{\"type\":\"mortgage\",\"unitCode\":\"" + flat + "\",\"parties\":["
                + "{\"role\":\"mortgagor\",\"name\":\"陈静\",\"idType\":\"resident-id\",\"idNumber\":\""
                + DemoData.DEMO_OWNER_ID_NUMBER + "\"},{\"role\":\"mortgagee\",\"name\":\"" + DemoOnline.BANK.name()
                + "\",\"idType\":\"uscc\",\"idNumber\":\"" + DemoOnline.BANK.idNumber() + "\"}],\"details\":{"
                + "\"subtype\":\"1\",\"amount\":\"" + DemoOnline.LOAN_AMOUNT + "\",\"term\":\"2026-12-01/2046-11-30\","
                + "\"loanContract\":\"" + DemoOnline.LOAN + "\"}}";
    }

    private static String cancellation(String flat, JsonNode recordedMortgage) {
        return cancellationOf(flat, recordedMortgage.at("/application/eventId").asText());
    }

    private static String cancellationOf(String flat, String mortgageEvent) {
        return "{\"type\":\"mortgage-cancellation\",\"unitCode\":\"" + flat + "\",\"parties\":["
                + "{\"role\":\"mortgagee\",\"name\":\"" + DemoOnline.BANK.name() + "\",\"idType\":\"uscc\","
                + "\"idNumber\":\"" + DemoOnline.BANK.idNumber() + "\"}],\"details\":{\"ends\":\"" + mortgageEvent
                + "\",\"reason\":\"loan repaid\"}}";
    }

    private static JsonNode ok(int status, HttpResponse<String> response) {
        if (response.statusCode() != status) {
            throw new IllegalStateException("expected " + status + ": " + response.body());
        }
        return Http.json(response);
    }

    private static void expect(String status, JsonNode application) {
        if (!status.equals(application.get("status").asText())) {
            throw new IllegalStateException("expected " + status + ": " + application);
        }
    }

    private static void print(int rounds, long[] automatic, long[] reference) {
        double autoSeconds = Arrays.stream(automatic).sum() / 1e9;
        double refSeconds = Arrays.stream(reference).sum() / 1e9;
        double autoRate = 2 * rounds / autoSeconds;
        double refRate = 2 * rounds / refSeconds;
        System.out.printf(
                "%nZero-document registration, end to end through HTTP (embedded store, %d rounds)%n", rounds);
        System.out.printf("| path | recordings/s | median ms per pair | p99 ms per pair |%n|---|---|---|---|%n");
        System.out.printf(
                "| bank files, owner confirms, verification model records (+ PDF) | %.1f | %.1f | %.1f |%n",
                autoRate, percentile(automatic, 50), percentile(automatic, 99));
        System.out.printf(
                "| reference: officer submits and records through the case API | %.1f | %.1f | %.1f |%n",
                refRate, percentile(reference, 50), percentile(reference, 99));
        System.out.printf("automatic / reference throughput: %.2f%n", autoRate / refRate);
    }

    private static double percentile(long[] nanos, int p) {
        long[] sorted = nanos.clone();
        Arrays.sort(sorted);
        return sorted[Math.min(sorted.length - 1, (int) Math.ceil(p / 100.0 * sorted.length) - 1)] / 1e6;
    }
}
