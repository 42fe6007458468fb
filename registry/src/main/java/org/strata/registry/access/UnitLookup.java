package org.strata.registry.access;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.strata.registry.actor.AccessException;
import org.strata.registry.actor.Actor;
import org.strata.registry.actor.Officers;
import org.strata.registry.actor.Role;
import org.strata.registry.cases.RegisterStore;
import org.strata.registry.register.RegisterEvent;
import org.strata.registry.register.UnitState;
import org.strata.registry.register.UnitStateFolder;
import org.strata.registry.unit.UnitCode;

/**
 * Looking a unit up as the law allows: every lookup states a purpose, is answered in the asker's tier, is
 * recorded before it is answered, and returns a receipt; the public tier is limited in rate. Holders can list
 * their units and see who looked at them; officers accept interested parties' evidence.
 */
public final class UnitLookup {
    /** Longest case reference a query may state. */
    public static final int MAX_CASE_REFERENCE_CHARS = 128;
    /** Longest description of the evidence for an interest. */
    public static final int MAX_EVIDENCE_CHARS = 2000;
    /** Longest subject (the asker's identity) of an interest. */
    public static final int MAX_SUBJECT_CHARS = 128;

    private final RegisterStore register;
    private final QueryLog log;
    private final InterestRegister interests;
    private final RateLimiter limiter;
    private final Clock clock;

    /** The lookup over the register, the query log and the accepted interests. */
    public UnitLookup(
            RegisterStore register, QueryLog log, InterestRegister interests, RateLimiter limiter, Clock clock) {
        this.register = register;
        this.log = log;
        this.interests = interests;
        this.limiter = limiter;
        this.clock = clock;
    }

    /**
     * The answer to a lookup.
     *
     * @param unit the unit as the asker may see it
     * @param receipt the receipt of the recorded query
     */
    public record Answer(DisclosedUnit unit, String receipt) {}

    /** Which moment a lookup reads. */
    public sealed interface When {
        /** Now. */
        record Now() implements When {}

        /** As registered at a time. */
        record AsOf(Instant time) implements When {}

        /** As legally valid at a time. */
        record ValidAt(Instant time) implements When {}
    }

    /** Looks a unit up for an asker with a purpose (and, for a case, its reference); the query is recorded first. */
    public Answer lookup(Actor actor, UnitCode code, Purpose purpose, Optional<String> caseReference, When when) {
        Optional<String> reference = reference(caseReference);
        requireCasePurposeAllowed(actor, purpose);
        if (actor.role() == Role.AUTHORITY && purpose == Purpose.CASE && reference.isEmpty()) {
            throw new AccessException(
                    AccessException.Kind.INVALID,
                    "missing-case-reference",
                    "an authority's query names its case: caseRef=…");
        }
        List<RegisterEvent> events = register.eventsOf(code);
        if (events.isEmpty()) {
            throw new AccessException(
                    AccessException.Kind.NOT_FOUND,
                    "unit-not-registered",
                    "unit " + code + " has no events in the register");
        }
        Instant now = clock.instant();
        boolean interested =
                interests.inForce(actor.subject(), code.toString(), now).isPresent();
        UnitState current = UnitStateFolder.current(code, events, now);
        Tier tier = QueryPolicy.tierOf(actor, current, purpose == Purpose.CASE && reference.isPresent(), interested);
        if (tier == Tier.PUBLIC) {
            limiter.take(actor.subject());
        }
        UnitState state;
        if (when instanceof When.AsOf a) {
            state = UnitStateFolder.asOf(code, events, a.time());
        } else if (when instanceof When.ValidAt v) {
            state = UnitStateFolder.validAt(code, events, v.time());
        } else {
            state = current;
        }
        String receipt = UUID.randomUUID().toString();
        log.append(new QueryRecord(
                receipt,
                actor.subject(),
                actor.displayName(),
                actor.role(),
                tier,
                purpose,
                code.toString(),
                clock.instant(),
                QueryPolicy.disclosed(tier),
                reference));
        return new Answer(QueryPolicy.disclose(state, tier), receipt);
    }

    /**
     * Records a 3D or map query that disclosed the natural status of several units, one row per unit under one
     * receipt; the public tier's budget counts it as one lookup.
     *
     * @return the receipt
     */
    public String recordArea(Actor actor, Purpose purpose, Optional<String> caseReference, List<UnitCode> units) {
        Optional<String> reference = reference(caseReference);
        requireCasePurposeAllowed(actor, purpose);
        if (actor.role() != Role.OFFICER && actor.role() != Role.AUTHORITY) {
            limiter.take(actor.subject());
        }
        String receipt = UUID.randomUUID().toString();
        Instant now = clock.instant();
        log.appendAll(units.stream()
                .distinct()
                .map(u -> new QueryRecord(
                        receipt,
                        actor.subject(),
                        actor.displayName(),
                        actor.role(),
                        Tier.PUBLIC,
                        purpose,
                        u.toString(),
                        now,
                        QueryPolicy.disclosed(Tier.PUBLIC),
                        reference))
                .toList());
        return receipt;
    }

    /** The units the asker holds now (by the identity document number verified for them). */
    public List<DisclosedUnit> myUnits(Actor actor) {
        List<DisclosedUnit> out = new ArrayList<>();
        if (actor.idNumber().isEmpty()) {
            return out;
        }
        for (UnitCode code : register.unitsNaming(actor.idNumber().get())) {
            UnitState state = UnitStateFolder.current(code, register.eventsOf(code), clock.instant());
            if (QueryPolicy.tierOf(actor, state) == Tier.HOLDER) {
                out.add(QueryPolicy.disclose(state, Tier.HOLDER));
            }
        }
        return out;
    }

    /** Who looked at the asker's units and why, newest first; officers' and authorities' case queries are withheld. */
    public List<QueryRecord> accessLog(Actor actor, int limit) {
        List<String> units =
                myUnits(actor).stream().map(DisclosedUnit::unitCode).toList();
        if (units.isEmpty()) {
            return List.of();
        }
        return log.about(units, limit).stream()
                .filter(r -> r.purpose() != Purpose.CASE)
                .toList();
    }

    /**
     * Accepts an interest on evidence: an officer of the unit's county lets {@code subject} query the unit in the
     * interested tier for {@code days} days.
     */
    public Interest acceptInterest(Actor officer, String subject, UnitCode code, String evidence, int days) {
        Officers.require(officer, code.parcel().county());
        if (evidence == null || evidence.isBlank() || subject == null || subject.isBlank()) {
            throw new AccessException(
                    AccessException.Kind.INVALID,
                    "invalid-interest",
                    "an interest names its subject and the evidence accepted");
        }
        if (evidence.length() > MAX_EVIDENCE_CHARS || subject.length() > MAX_SUBJECT_CHARS) {
            throw new AccessException(
                    AccessException.Kind.INVALID,
                    "invalid-interest",
                    "an interest's evidence takes at most " + MAX_EVIDENCE_CHARS + " characters and its subject "
                            + MAX_SUBJECT_CHARS);
        }
        if (days < 1 || days > 366) {
            throw new AccessException(
                    AccessException.Kind.INVALID, "invalid-interest", "an interest lasts 1 to 366 days, not " + days);
        }
        if (register.eventsOf(code).isEmpty()) {
            throw new AccessException(
                    AccessException.Kind.NOT_FOUND,
                    "unit-not-registered",
                    "unit " + code + " has no events in the register");
        }
        Instant now = clock.instant();
        Interest interest = new Interest(
                UUID.randomUUID().toString(),
                subject,
                code.toString(),
                evidence,
                officer.subject(),
                now,
                now.plus(Duration.ofDays(days)));
        interests.grant(interest);
        return interest;
    }

    /** The record behind a receipt, for the asker who got it or an officer. */
    public Optional<QueryRecord> receipt(Actor actor, String receipt) {
        return log.byReceipt(receipt).filter(r -> r.subject().equals(actor.subject()) || actor.role() == Role.OFFICER);
    }

    private static void requireCasePurposeAllowed(Actor actor, Purpose purpose) {
        if (purpose == Purpose.CASE && actor.role() != Role.OFFICER && actor.role() != Role.AUTHORITY) {
            throw new AccessException(
                    AccessException.Kind.FORBIDDEN,
                    "purpose-not-allowed",
                    "only officers and authorities query with purpose 'case'");
        }
    }

    /** A stated case reference, blank read as none; refused when longer than the register keeps. */
    static Optional<String> reference(Optional<String> caseReference) {
        Optional<String> reference = caseReference.filter(r -> !r.isBlank());
        if (reference.isPresent() && reference.get().length() > MAX_CASE_REFERENCE_CHARS) {
            throw new AccessException(
                    AccessException.Kind.INVALID,
                    "invalid-case-reference",
                    "a case reference takes at most " + MAX_CASE_REFERENCE_CHARS + " characters, not "
                            + reference.get().length());
        }
        return reference;
    }
}
