package org.strata.registry.cases;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.IntConsumer;
import org.strata.registry.Futures;
import org.strata.registry.actor.Actor;
import org.strata.registry.actor.Officers;
import org.strata.registry.cadastre.BuildingUnit;
import org.strata.registry.cadastre.Parcel;
import org.strata.registry.cases.rules.RuleBook;
import org.strata.registry.port.CadastreContents;
import org.strata.registry.port.CadastreStore;
import org.strata.registry.register.RegisterEvent;
import org.strata.registry.register.RegistrationType;
import org.strata.registry.register.UnitState;
import org.strata.registry.register.UnitStateFolder;
import org.strata.registry.unit.UnitCode;

/**
 * Imports existing first registrations of cadastre units in bulk (存量登记数据整合) as one batch: every
 * application is checked and ruled on as a case would be, and recorded as an event of its county chain
 * naming the batch instead of a case, in batches of statements. A county's batch is written in one transaction: all or
 * nothing — with the units themselves when they are new.
 */
public final class RegisterImport {
    private final RegisterStore register;
    private final CadastreStore cadastre;
    private final Clock clock;
    private final RuleBook rules = new RuleBook();
    /** Applications recorded per batch of statements. */
    private static final int CHUNK = 1000;

    /** An importer over the stores. */
    public RegisterImport(RegisterStore register, CadastreStore cadastre, Clock clock) {
        this.register = register;
        this.cadastre = cadastre;
        this.clock = clock;
    }

    /**
     * Records the first registrations of units already in the cadastre.
     *
     * @param officer the officer responsible for the import
     * @param batchId the batch the events name as their case
     * @param applications first registrations of units already in the cadastre
     * @param progress told how many have been recorded so far
     * @return the number of events recorded
     * @throws RecordingBlockedException when a rule blocks one of them; nothing of that county is written
     */
    public int importFirstRegistrations(
            Actor officer, String batchId, List<Application> applications, IntConsumer progress) {
        for (Application a : applications) {
            if (a.type() != RegistrationType.FIRST || a.newUnit().isPresent()) {
                throw CaseException.invalid("invalid-import", "an import holds first registrations of cadastre units");
            }
        }
        return importChecked(officer, batchId, applications, false, progress);
    }

    /**
     * Records the first registrations of new units — parcels or building units not yet in the cadastre — writing
     * each county's units and events in one transaction: all of a county or nothing of it.
     *
     * @throws RecordingBlockedException when a rule blocks one of them; nothing of that county is written
     */
    public int importNewUnits(Actor officer, String batchId, List<Application> applications, IntConsumer progress) {
        for (Application a : applications) {
            if (a.type() != RegistrationType.FIRST
                    || a.newUnit().isEmpty()
                    || !a.newUnit().get().unitCode().equals(a.unitCode())) {
                throw CaseException.invalid(
                        "invalid-import", "an import of new units holds first registrations, each with its unit");
            }
        }
        return importChecked(officer, batchId, applications, true, progress);
    }

    private int importChecked(
            Actor officer, String batchId, List<Application> applications, boolean withUnits, IntConsumer progress) {
        Map<String, List<Application>> byCounty = new LinkedHashMap<>();
        for (Application a : applications) {
            Officers.require(officer, a.county());
            byCounty.computeIfAbsent(a.county(), k -> new ArrayList<>()).add(ApplicationChecks.check(a));
        }
        int[] done = {0};
        for (Map.Entry<String, List<Application>> county : byCounty.entrySet()) {
            register.inCountyTransaction(county.getKey(), session -> {
                List<List<Application>> chunks = chunks(county.getValue());
                Map<UnitCode, List<RegisterEvent>> histories = new HashMap<>();
                for (List<Application> chunk : chunks) {
                    histories.putAll(session.eventsOfUnits(
                            chunk.stream().map(Application::unitCode).toList()));
                }
                ChunkEvents builder =
                        new ChunkEvents(chunks, histories, session.head(), batchId, officer, clock.instant());
                if (withUnits) {
                    session.beginBulkLoad();
                }
                try {
                    for (List<Application> chunk : chunks) {
                        List<RegisterEvent> events = builder.next(); // built while the previous chunk was written
                        if (withUnits) {
                            session.addToCadastre(unitsOf(chunk));
                        }
                        session.appendAll(events);
                        done[0] += chunk.size();
                        progress.accept(done[0]);
                    }
                    if (withUnits) {
                        session.finishBulkLoad(); // the indexes a store built after the load are in place
                    }
                } finally {
                    builder.close();
                }
                return null;
            });
        }
        progress.accept(done[0]);
        return done[0];
    }

    private static List<List<Application>> chunks(List<Application> all) {
        List<List<Application>> chunks = new ArrayList<>();
        for (int from = 0; from < all.size(); from += CHUNK) {
            chunks.add(all.subList(from, Math.min(all.size(), from + CHUNK)));
        }
        return chunks;
    }

    /**
     * The events of a county's chunks, built on a thread of their own one chunk ahead of the writes: each checked
     * against the unit's history including the earlier chunks' events and chained to the one before it.
     */
    private final class ChunkEvents implements AutoCloseable {
        private final ExecutorService thread = Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, "import-events");
            t.setDaemon(true);
            return t;
        });
        private final List<List<Application>> chunks;
        private final Map<UnitCode, List<RegisterEvent>> histories;
        private final String batchId;
        private final Actor officer;
        private final Instant now;
        private RegisterStore.ChainHead head;
        private int nextChunk;
        private Future<List<RegisterEvent>> ahead;

        ChunkEvents(
                List<List<Application>> chunks,
                Map<UnitCode, List<RegisterEvent>> histories,
                RegisterStore.ChainHead head,
                String batchId,
                Actor officer,
                Instant now) {
            this.chunks = chunks;
            this.histories = histories;
            this.head = head;
            this.batchId = batchId;
            this.officer = officer;
            this.now = now;
            ahead = buildNext();
        }

        private Future<List<RegisterEvent>> buildNext() {
            if (nextChunk >= chunks.size()) {
                return null;
            }
            List<Application> chunk = chunks.get(nextChunk++);
            return thread.submit(() -> {
                List<RegisterEvent> events = events(chunk, histories, head, batchId, officer, now);
                head = new RegisterStore.ChainHead(
                        events.get(events.size() - 1).sequence(),
                        events.get(events.size() - 1).hash());
                return events;
            });
        }

        /** The next chunk's events, the one after it started. */
        List<RegisterEvent> next() {
            List<RegisterEvent> events = Futures.await(ahead, "building the import's events");
            ahead = buildNext();
            return events;
        }

        @Override
        public void close() {
            thread.shutdownNow();
        }
    }

    /** The events of a chunk, each checked against the unit's history including the chunk's earlier events. */
    private List<RegisterEvent> events(
            List<Application> chunk,
            Map<UnitCode, List<RegisterEvent>> histories,
            RegisterStore.ChainHead first,
            String batchId,
            Actor officer,
            Instant now) {
        List<RegisterEvent> events = new ArrayList<>();
        RegisterStore.ChainHead head = first;
        for (Application a : chunk) {
            List<RegisterEvent> history = histories.getOrDefault(a.unitCode(), List.of());
            UnitState state = UnitStateFolder.current(a.unitCode(), history, now);
            List<Finding> blockers = rules.check(a, state, history).stream()
                    .filter(Finding::blocks)
                    .toList();
            if (!blockers.isEmpty()) {
                throw new RecordingBlockedException(blockers);
            }
            RegisterEvent e = EventFactory.next(batchId, a, head, officer.subject(), now, history, cadastre);
            events.add(e);
            head = new RegisterStore.ChainHead(e.sequence(), e.hash());
            List<RegisterEvent> longer = new ArrayList<>(history);
            longer.add(e);
            histories.put(a.unitCode(), longer);
        }
        return events;
    }

    private static CadastreContents unitsOf(List<Application> chunk) {
        List<Parcel> parcels = new ArrayList<>();
        List<BuildingUnit> units = new ArrayList<>();
        for (Application a : chunk) {
            NewUnit u = a.newUnit().orElseThrow();
            u.parcel().ifPresent(parcels::add);
            u.buildingUnit().ifPresent(units::add);
        }
        return new CadastreContents(parcels, List.of(), units);
    }
}
