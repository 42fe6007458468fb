package org.strata.web.bench;

import java.net.http.HttpResponse;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.GeometryFactory;
import org.strata.geo.model.Footprint;
import org.strata.geo.model.GridBox;
import org.strata.geo.model.HeightRange;
import org.strata.registry.cadastre.LandUse;
import org.strata.registry.cadastre.Parcel;
import org.strata.registry.cases.NewUnit;
import org.strata.registry.cases.SpaceRules;
import org.strata.registry.port.CadastreStore;
import org.strata.registry.unit.UnitCode;
import org.strata.web.Http;

/**
 * First registrations of new underground construction-land use rights — 20 m squares, 30 to 10 m below ground, side
 * by side so that each touches the ones before it (touching is no overlap, but each is found and measured), in a
 * strip east of the sample, whose imported parcels are open above and below — each submitted and recorded by an
 * officer through HTTP with every rule and the 3D check against the registered volumes; and the 3D conflict check
 * alone, in process, on the same kind of volume.
 */
final class Registrations {
    private static final GeometryFactory GF = new GeometryFactory();
    private static final double PITCH = 20;
    private static final double SIDE = 20;

    private final GridBox extent;
    private final double ground;
    private final AtomicInteger next;

    /**
     * Registrations over the extent.
     *
     * @param first the first sequence number (1..99,999 across a run: it is the parcel number of the code)
     */
    Registrations(GridBox extent, double ground, int first) {
        this.extent = extent;
        this.ground = ground;
        this.next = new AtomicInteger(first);
    }

    /** Recordings per second from {@code clients} officers' sessions for {@code seconds}; fails on any refusal. */
    double perSecond(Http officer, int clients, int seconds) throws Exception {
        return Clients.perSecond(clients, seconds, (client, end) -> {
            long recorded = 0;
            while (System.nanoTime() < end) {
                Optional<String> failure = register(officer, next.getAndIncrement());
                if (failure.isPresent()) {
                    throw new IllegalStateException("a registration failed: " + failure.get());
                }
                recorded++;
            }
            return recorded;
        });
    }

    /** The median time of the 3D conflict check of {@code count} new volumes against the store, in milliseconds. */
    double conflictMillis(CadastreStore store, int count) {
        SpaceRules rules = new SpaceRules(store, ground);
        double[] times = new double[count];
        for (int i = 0; i < count; i++) {
            NewUnit unit = new NewUnit(Optional.of(parcel(next.getAndIncrement())), Optional.empty());
            long t0 = System.nanoTime();
            if (rules.check(unit).stream().anyMatch(f -> f.blocks())) {
                throw new IllegalStateException("the benchmark's volume " + i + " is refused");
            }
            times[i] = (System.nanoTime() - t0) / 1e6;
        }
        Arrays.sort(times);
        return times[count / 2];
    }

    private Optional<String> register(Http officer, int sequence) {
        Parcel p = parcel(sequence);
        GridBox b = p.footprint().box();
        String body = "{\"type\":\"first\",\"unitCode\":\"" + p.unitCode() + "\",\"parties\":[{\"role\":\"holder\","
                + "\"name\":\"杭州市地铁集团有限责任公司\",\"idType\":\"uscc\",\"idNumber\":\"91350100M000100Y43\"}],"
                + "\"unit\":{\"kind\":\"parcel\",\"use\":\"1005\",\"location\":\"地下空间" + sequence + "\","
                + String.format(
                        Locale.ROOT,
                        "\"statedArea\":%.2f,\"footprint\":{\"type\":\"Polygon\",\"coordinates\":[[[%.3f,%.3f],"
                                + "[%.3f,%.3f],[%.3f,%.3f],[%.3f,%.3f],[%.3f,%.3f]]]},\"bottom\":%.2f,\"top\":%.2f}}",
                        SIDE * SIDE,
                        b.minEasting(),
                        b.minNorthing(),
                        b.maxEasting(),
                        b.minNorthing(),
                        b.maxEasting(),
                        b.maxNorthing(),
                        b.minEasting(),
                        b.maxNorthing(),
                        b.minEasting(),
                        b.minNorthing(),
                        p.heights().bottomOrNull(),
                        p.heights().topOrNull());
        HttpResponse<String> submitted = officer.postJson("/api/v1/cases", body);
        if (submitted.statusCode() != 201) {
            return Optional.of(submitted.statusCode() + " " + submitted.body());
        }
        String id = Http.json(submitted).get("id").asText();
        HttpResponse<String> recorded = officer.postJson("/api/v1/cases/" + id + "/record", "{\"approve\":true}");
        return recorded.statusCode() == 200
                ? Optional.empty()
                : Optional.of(recorded.statusCode() + " " + recorded.body());
    }

    /** The sequence's volume: a square on the grid, below ground; its code in the underground (GX) layer. */
    private Parcel parcel(int sequence) {
        if (sequence < 1 || sequence > 99_999) {
            throw new IllegalArgumentException("sequence " + sequence + " is not a parcel number");
        }
        int columns = 50; // a strip 1 km wide
        double e = extent.maxEasting() + 100 + (sequence % columns) * PITCH;
        double n = extent.minNorthing() + (sequence / columns) * PITCH;
        Coordinate[] ring = {
            new Coordinate(e, n),
            new Coordinate(e + SIDE, n),
            new Coordinate(e + SIDE, n + SIDE),
            new Coordinate(e, n + SIDE),
            new Coordinate(e, n)
        };
        return new Parcel(
                UnitCode.parse(String.format(Locale.ROOT, "330106003005GX%05dW00000000", sequence)),
                Footprint.ofEpsg4549(GF.createPolygon(ring)),
                HeightRange.of(ground - 30, ground - 10),
                SIDE * SIDE,
                LandUse.TRANSPORT_STATION,
                "地下空间" + sequence);
    }
}
