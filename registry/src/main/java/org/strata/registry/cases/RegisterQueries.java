package org.strata.registry.cases;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.strata.registry.actor.Actor;
import org.strata.registry.actor.Officers;
import org.strata.registry.register.ChainReport;
import org.strata.registry.register.ChainVerifier;
import org.strata.registry.register.RegisterEvent;
import org.strata.registry.register.StoredEvent;
import org.strata.registry.register.UnitState;
import org.strata.registry.register.UnitStateFolder;
import org.strata.registry.unit.UnitCode;

/** Reading the register: a unit's state now, as registered at T or as valid at T; its history; the chain's integrity. */
public final class RegisterQueries {
    private static final int CHAIN_PAGE = 1000;

    private final RegisterStore register;
    private final Clock clock;

    /** Queries over the register store. */
    public RegisterQueries(RegisterStore register, Clock clock) {
        this.register = register;
        this.clock = clock;
    }

    /** Which moment a state is read at. */
    public sealed interface View {
        /** Now. */
        record Current() implements View {}

        /** As the register stood at a time. */
        record AsOf(Instant time) implements View {}

        /** As legally valid at a time. */
        record ValidAt(Instant time) implements View {}
    }

    /** The unit's state in a view, for an officer of its county. */
    public UnitState state(Actor officer, UnitCode unit, View view) {
        Officers.require(officer, unit.parcel().county());
        List<RegisterEvent> events = register.eventsOf(unit);
        if (events.isEmpty()) {
            throw new CaseException(
                    CaseException.Kind.NOT_FOUND,
                    "unit-not-registered",
                    "unit " + unit + " has no events in the register");
        }
        if (view instanceof View.AsOf a) {
            return UnitStateFolder.asOf(unit, events, a.time());
        }
        if (view instanceof View.ValidAt v) {
            return UnitStateFolder.validAt(unit, events, v.time());
        }
        return UnitStateFolder.current(unit, events, clock.instant());
    }

    /** The unit's events in chain order, for an officer of its county. */
    public List<RegisterEvent> history(Actor officer, UnitCode unit) {
        Officers.require(officer, unit.parcel().county());
        return register.eventsOf(unit);
    }

    /** Verifies every county chain the officer may read, and names the first broken link. */
    public ChainReport verify(Actor officer) {
        Officers.requireAny(officer);
        long checked = 0;
        List<String> counties = new ArrayList<>();
        for (String county : register.counties()) {
            if (!officer.counties().contains(county)) {
                continue;
            }
            counties.add(county);
            ChainVerifier verifier = new ChainVerifier(county);
            long from = 1;
            boolean going = true;
            while (going) {
                List<StoredEvent> page = register.chain(county, from, CHAIN_PAGE);
                for (StoredEvent e : page) {
                    going = verifier.accept(e);
                    if (!going) {
                        break;
                    }
                }
                from += CHAIN_PAGE;
                going = going && page.size() == CHAIN_PAGE;
            }
            RegisterStore.ChainHead head = register.head(county);
            verifier.finish(head.sequence(), head.hash());
            checked += verifier.checked();
            Optional<ChainReport.BrokenLink> broken = verifier.broken();
            if (broken.isPresent()) {
                return new ChainReport(false, checked, counties, broken);
            }
        }
        return new ChainReport(true, checked, counties, Optional.empty());
    }
}
