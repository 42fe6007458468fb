package org.strata.web.reliability;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.strata.web.reliability.Client.Answer;

/**
 * A mixed registration load on a running service, as officers would put it: first registrations of new parcels on
 * the surface and of layered rights above and below ground, transfers, mortgages and seizures of them. Every
 * submission and acknowledged recording goes into the {@link Ledger}; a request cut off by a crash is simply
 * unacknowledged.
 */
final class Load {
    static final String ALICE = "11010519491231002X";
    static final String BOB = "330106198001010013";
    private static final String BANK = "91350100M000100Y43";

    private static final int RETRIES = 60;

    private final URI base;
    private final Ledger ledger;
    private final AtomicInteger nextParcel;
    private final AtomicBoolean running = new AtomicBoolean(true);
    private Latencies latencies;
    private final List<Thread> workers = new ArrayList<>();

    /**
     * A load that numbers new parcels from {@code nextParcel}.
     *
     * @param nextParcel the next free parcel number, shared across rounds on one store
     */
    Load(URI base, Ledger ledger, AtomicInteger nextParcel) {
        this.base = base;
        this.ledger = ledger;
        this.nextParcel = nextParcel;
    }

    /** Tells every answer's status and time to {@code latencies}. */
    Load measured(Latencies latencies) {
        this.latencies = latencies;
        return this;
    }

    /** Starts {@code count} workers, each with its own random stream from the seed. */
    void start(int count, long seed) {
        for (int i = 0; i < count; i++) {
            long workerSeed = seed * 31 + i;
            Thread t = new Thread(() -> work(new Random(workerSeed)), "crash-load-" + i);
            t.setDaemon(true);
            workers.add(t);
            t.start();
        }
    }

    /** Stops the workers and waits for them. */
    void stop() throws InterruptedException {
        running.set(false);
        for (Thread t : workers) {
            t.join(35_000);
        }
    }

    private void work(Random random) {
        Client client = new Client(base, latencies);
        List<Owned> owned = new ArrayList<>();
        try {
            client.signIn("officer");
            while (running.get()) {
                int roll = random.nextInt(10);
                if (latencies != null && roll == 9) {
                    look(client, random, owned);
                } else if (owned.isEmpty() || roll < 4) {
                    firstRegistration(client, random, owned);
                } else {
                    Owned unit = owned.get(random.nextInt(owned.size()));
                    if (roll < 6) {
                        transfer(client, unit);
                    } else if (roll < 9) {
                        mortgage(client, unit);
                    } else {
                        seizure(client, unit);
                        owned.remove(unit);
                    }
                }
            }
        } catch (Exception e) {
            // the service went away (killed): what was not acknowledged is not in the ledger
        }
    }

    /** What officers and map clients read: a unit, a column of volumes, a map page. */
    private static void look(Client client, Random random, List<Owned> owned) throws Exception {
        if (!owned.isEmpty()) {
            String code = owned.get(random.nextInt(owned.size())).code;
            client.get("/api/v1/units/" + code + "?purpose=case");
        }
        client.get("/api/v1/space/column?x=511050&y=3347050&purpose=case&caseRef=soak");
        double e = 510_000 + random.nextDouble() * 2_000;
        double n = 3_346_000 + random.nextDouble() * 2_000;
        client.get("/ogc/collections/parcels/items?limit=100&bbox-crs=http://www.opengis.net/def/crs/EPSG/0/4549&bbox="
                + n + "," + e + "," + (n + 300) + "," + (e + 300));
    }

    private void firstRegistration(Client client, Random random, List<Owned> owned) throws Exception {
        int n = nextParcel.getAndIncrement();
        char letter = "BSX".charAt(random.nextInt(3));
        String code = String.format(Locale.ROOT, "330106003005G%c%05dW00000000", letter, n);
        double e = 515_000 + (n % 200) * 50.0;
        double north = 3_370_000 + (n / 200) * 12.0;
        String heights =
                letter == 'B' ? "" : letter == 'S' ? ",\"bottom\":30,\"top\":60" : ",\"bottom\":-30,\"top\":-10";
        String body = "{\"type\":\"first\",\"unitCode\":\"" + code + "\",\"parties\":[" + party("张丽", ALICE, "holder")
                + "],\"unit\":{\"kind\":\"parcel\",\"use\":\"0701\",\"statedArea\":320,\"location\":\"杭州市西湖区测试路"
                + n + "号\"" + heights + ",\"footprint\":{\"type\":\"Polygon\",\"coordinates\":[[["
                + e + "," + north + "],[" + (e + 40) + "," + north + "],[" + (e + 40) + "," + (north + 8) + "],["
                + e + "," + (north + 8) + "],[" + e + "," + north + "]]]}}}";
        ledger.attemptedNewUnit(code);
        ledger.holders(code, Set.of(ALICE));
        if (record(client, code, "first", body) == Outcome.RECORDED) {
            owned.add(new Owned(code, ALICE));
        }
    }

    private void transfer(Client client, Owned unit) throws Exception {
        String to = unit.holder.equals(ALICE) ? BOB : ALICE;
        String body = application(
                "transfer",
                unit.code,
                party(name(unit.holder), unit.holder, "transferor") + "," + party(name(to), to, "transferee"),
                "");
        ledger.holders(unit.code, Set.of(unit.holder, to));
        Outcome outcome = record(client, unit.code, "transfer", body);
        if (outcome == Outcome.RECORDED) {
            unit.holder = to;
        }
        // when the outcome stays unknown (the store went away as it answered) either holder is possible
        if (outcome != Outcome.UNKNOWN) {
            ledger.holders(unit.code, Set.of(unit.holder));
        }
    }

    private void mortgage(Client client, Owned unit) throws Exception {
        String body = application(
                "mortgage",
                unit.code,
                party(name(unit.holder), unit.holder, "mortgagor") + "," + party("杭州银行西湖支行", BANK, "mortgagee"),
                "\"subtype\":\"1\",\"amount\":\"800000\",\"term\":\"2026-02-03/2046-02-03\"");
        record(client, unit.code, "mortgage", body);
    }

    private void seizure(Client client, Owned unit) throws Exception {
        String body = application(
                "seizure", unit.code, party("杭州市西湖区人民法院", BANK, "court"), "\"courtOrder\":\"(2026)浙0106执1号\"");
        record(client, unit.code, "seizure", body);
    }

    /** What a client knows of a recording it asked for. */
    private enum Outcome {
        /** Acknowledged: in the ledger. */
        RECORDED,
        /** Refused (or never submitted): not recorded. */
        REFUSED,
        /** The store stayed away: it may have committed the recording as its answer was lost. */
        UNKNOWN
    }

    /**
     * Submits and records a case, putting an acknowledged recording in the ledger; says what the client knows of it.
     */
    private Outcome record(Client client, String code, String type, String body) throws Exception {
        Answer submitted = client.post("/api/v1/cases", body);
        if (submitted.status() != 201) {
            return Outcome.REFUSED;
        }
        String caseId = submitted.json().get("id").asText();
        ledger.submitted(caseId);
        Answer recorded = client.post("/api/v1/cases/" + caseId + "/record", "{\"approve\":true}");
        // the store was away: retry for up to half a minute, as a client would (a failover takes seconds);
        // recording is idempotent, so a recording committed as its answer was lost is answered again
        for (int retry = 0; recorded.status() == 503 && retry < RETRIES; retry++) {
            Thread.sleep(500);
            recorded = client.post("/api/v1/cases/" + caseId + "/record", "{\"approve\":true}");
        }
        if (recorded.status() >= 500) {
            return Outcome.UNKNOWN;
        }
        if (recorded.status() != 200) {
            return Outcome.REFUSED;
        }
        String eventId = recorded.json().get("eventId").asText();
        ledger.recorded(new Ledger.Recording(caseId, code, eventId, type));
        return Outcome.RECORDED;
    }

    private static String name(String idNumber) {
        return idNumber.equals(ALICE) ? "张丽" : "李强";
    }

    private static String party(String name, String idNumber, String role) {
        String idType = idNumber.length() == 18 && Character.isDigit(idNumber.charAt(0)) && idNumber.charAt(0) != '9'
                ? "resident-id"
                : "uscc";
        return "{\"name\":\"" + name + "\",\"idType\":\"" + idType + "\",\"idNumber\":\"" + idNumber + "\",\"role\":\""
                + role + "\"}";
    }

    private static String application(String type, String unit, String parties, String details) {
        return "{\"type\":\"" + type + "\",\"unitCode\":\"" + unit + "\",\"parties\":[" + parties + "],\"details\":{"
                + details + "}}";
    }

    /** A unit this worker registered, and its holder as far as this worker knows. */
    private static final class Owned {
        final String code;
        String holder;

        Owned(String code, String holder) {
            this.code = code;
            this.holder = holder;
        }
    }
}
