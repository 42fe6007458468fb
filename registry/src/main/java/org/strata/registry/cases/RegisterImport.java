package org.strata.registry.cases;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.IntConsumer;
import org.strata.registry.actor.Actor;
import org.strata.registry.actor.Officers;
import org.strata.registry.cases.rules.RuleBook;
import org.strata.registry.port.CadastreStore;
import org.strata.registry.register.RegisterEvent;
import org.strata.registry.register.RegistrationType;
import org.strata.registry.register.UnitState;
import org.strata.registry.register.UnitStateFolder;

/**
 * Imports existing first registrations of cadastre units in bulk (存量登记数据整合) as one batch: every
 * application is checked and ruled on as a case would be, and recorded as an event of its county chain
 * naming the batch instead of a case. A county's batch is written in one transaction: all or nothing.
 */
public final class RegisterImport {
    private final RegisterStore register;
    private final CadastreStore cadastre;
    private final Clock clock;
    private final RuleBook rules = new RuleBook();

    /** An importer over the stores. */
    public RegisterImport(RegisterStore register, CadastreStore cadastre, Clock clock) {
        this.register = register;
        this.cadastre = cadastre;
        this.clock = clock;
    }

    /**
     * Records the first registrations.
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
        Map<String, List<Application>> byCounty = new LinkedHashMap<>();
        for (Application a : applications) {
            if (a.type() != RegistrationType.FIRST || a.newUnit().isPresent()) {
                throw CaseException.invalid("invalid-import", "an import holds first registrations of cadastre units");
            }
            Officers.require(officer, a.county());
            byCounty.computeIfAbsent(a.county(), k -> new ArrayList<>()).add(ApplicationChecks.check(a));
        }
        int[] done = {0};
        for (Map.Entry<String, List<Application>> county : byCounty.entrySet()) {
            register.inCountyTransaction(county.getKey(), session -> {
                Instant now = clock.instant();
                for (Application a : county.getValue()) {
                    List<RegisterEvent> history = session.eventsOf(a.unitCode());
                    UnitState state = UnitStateFolder.current(a.unitCode(), history, now);
                    List<Finding> blockers = rules.check(a, state, history).stream()
                            .filter(Finding::blocks)
                            .toList();
                    if (!blockers.isEmpty()) {
                        throw new RecordingBlockedException(blockers);
                    }
                    session.append(
                            EventFactory.next(batchId, a, session.head(), officer.subject(), now, history, cadastre));
                    if (++done[0] % 200 == 0) {
                        progress.accept(done[0]);
                    }
                }
                return null;
            });
        }
        progress.accept(done[0]);
        return done[0];
    }
}
