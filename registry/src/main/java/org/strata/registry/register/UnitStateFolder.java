package org.strata.registry.register;

import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Predicate;
import org.strata.registry.unit.UnitCode;

/**
 * Derives a unit's state from its events. Three views: as it is now; as registered at time T (only
 * events recorded by T); and as legally valid at T (every event recorded so far whose validity has begun
 * by T, so a later correction shows in the past). Lapses are computed against the view's time, never
 * against the wall clock.
 */
public final class UnitStateFolder {
    /** The facts of a unit's natural status that first registration, change and correction state. */
    public static final List<String> NATURAL_STATUS = List.of(
            "statedArea",
            "innerArea",
            "use",
            "landUse",
            "location",
            "rightType",
            "rightNature",
            "termStart",
            "termEnd");

    private UnitStateFolder() {}

    /** The state now, with lapses computed at {@code now} (from the clock port). */
    public static UnitState current(UnitCode unit, List<RegisterEvent> events, Instant now) {
        return fold(unit, events, e -> true, now);
    }

    /** The state as the register stood at {@code time}: events recorded by then. */
    public static UnitState asOf(UnitCode unit, List<RegisterEvent> events, Instant time) {
        return fold(unit, events, e -> !e.recordedAt().isAfter(time), time);
    }

    /** The state as legally valid at {@code time}, with every correction recorded so far applied. */
    public static UnitState validAt(UnitCode unit, List<RegisterEvent> events, Instant time) {
        return fold(unit, events, e -> !e.validFrom().isAfter(time), time);
    }

    private static UnitState fold(
            UnitCode unit, List<RegisterEvent> all, Predicate<RegisterEvent> included, Instant at) {
        List<RegisterEvent> events = all.stream()
                .filter(included)
                .sorted((a, b) -> Long.compare(a.sequence(), b.sequence()))
                .toList();
        Map<String, RegisterEvent> corrected = corrections(events);
        Folding state = new Folding();
        for (RegisterEvent raw : events) {
            if (raw.type() == RegistrationType.CORRECTION) {
                continue;
            }
            RegisterEvent e = corrected.getOrDefault(raw.id(), raw);
            state.seizures.advanceTo(e.validFrom());
            state.apply(e);
        }
        state.seizures.advanceTo(at);
        return state.toState(unit, at, events.size());
    }

    /** Each corrected event's content with its corrections applied, in registration order. */
    private static Map<String, RegisterEvent> corrections(List<RegisterEvent> events) {
        Map<String, RegisterEvent> byId = new HashMap<>();
        events.forEach(e -> byId.put(e.id(), e));
        Map<String, RegisterEvent> effective = new HashMap<>();
        for (RegisterEvent c : events) {
            if (c.type() != RegistrationType.CORRECTION || c.corrects().isEmpty()) {
                continue;
            }
            String target = c.corrects().get();
            while (byId.containsKey(target)
                    && byId.get(target).type() == RegistrationType.CORRECTION
                    && byId.get(target).corrects().isPresent()) {
                target = byId.get(target).corrects().get();
            }
            RegisterEvent original = effective.getOrDefault(target, byId.get(target));
            if (original == null) {
                continue;
            }
            TreeMap<String, String> details = new TreeMap<>(original.details());
            c.details().forEach((k, v) -> {
                if (!k.equals("reason")) {
                    details.put(k, v);
                }
            });
            List<RegisteredParty> parties = c.parties().stream().anyMatch(p -> p.role() != PartyRole.APPLICANT)
                    ? c.parties().stream()
                            .filter(p -> p.role() != PartyRole.APPLICANT)
                            .toList()
                    : original.parties();
            effective.put(
                    target,
                    new RegisterEvent(
                            original.id(),
                            original.county(),
                            original.sequence(),
                            original.unitCode(),
                            original.type(),
                            original.subtype(),
                            original.caseId(),
                            original.officer(),
                            original.recordedAt(),
                            original.validFrom(),
                            parties,
                            details,
                            original.ends(),
                            original.corrects(),
                            original.previousHash(),
                            original.hash()));
        }
        return effective;
    }

    /** The state being built while events are applied in order. */
    private static final class Folding {
        /** Advance notices of a purchase (sub-types 1 and 2), ended by the transfer they protect. */
        private static final Set<Integer> PURCHASE_NOTICES = Set.of(1, 2);
        /** Advance notices of a mortgage (sub-types 3 and 4), ended by the mortgage they protect. */
        private static final Set<Integer> MORTGAGE_NOTICES = Set.of(3, 4);

        boolean registered;
        boolean cancelled;
        final TreeMap<String, String> natural = new TreeMap<>();
        Optional<String> ownershipEvent = Optional.empty();
        List<RegisteredParty> holders = List.of();
        final Map<String, Restriction> mortgages = new LinkedHashMap<>();
        final Map<String, Restriction> notices = new LinkedHashMap<>();
        final Map<String, Restriction> objections = new LinkedHashMap<>();
        final Map<String, Restriction> easements = new LinkedHashMap<>();
        final Map<String, Restriction> residenceRights = new LinkedHashMap<>();
        final SeizureQueue seizures = new SeizureQueue();

        void apply(RegisterEvent e) {
            switch (e.type()) {
                case FIRST -> {
                    registered = true;
                    cancelled = false;
                    takeNaturalStatus(e);
                    holders = e.partiesIn(PartyRole.HOLDER);
                    ownershipEvent = Optional.of(e.id());
                    startPreSaleNoticePeriods(e);
                }
                case TRANSFER -> {
                    holders = afterTransfer(holders, e);
                    ownershipEvent = Optional.of(e.id());
                    endProtectedNotices(PURCHASE_NOTICES, e.partiesIn(PartyRole.TRANSFEREE));
                }
                case CHANGE -> {
                    takeNaturalStatus(e);
                    if (!e.partiesIn(PartyRole.HOLDER).isEmpty()) {
                        holders = e.partiesIn(PartyRole.HOLDER);
                    }
                }
                case CANCELLATION -> {
                    if (e.ends().isPresent()) {
                        String ended = e.ends().get();
                        notices.remove(ended);
                        objections.remove(ended);
                        easements.remove(ended);
                    } else {
                        cancelled = true;
                        holders = List.of();
                        ownershipEvent = Optional.empty();
                    }
                }
                case OBJECTION -> objections.put(
                        e.id(),
                        restriction(
                                e, Optional.of(LegalPeriods.endOfDays(e.validFrom(), LegalPeriods.OBJECTION_DAYS))));
                case ADVANCE_NOTICE -> notices.put(e.id(), restriction(e, noticeLapse(e, registered && !cancelled)));
                case OBJECTION_LAWSUIT -> e.detail("objection")
                        .ifPresent(id -> objections.computeIfPresent(
                                id,
                                (k, o) -> o.lapsesAt()
                                                .map(e.validFrom()::isBefore)
                                                .orElse(true)
                                        ? o.placed(o.rank(), o.since(), Optional.empty())
                                        : o));
                case SEIZURE -> {
                    if (e.subtype() == 5) {
                        seizures.renew(e.detail("renews").orElse(""), term(e));
                    } else {
                        seizures.add(restriction(e, Optional.empty()), term(e), e.validFrom());
                    }
                }
                case SEIZURE_RELEASE -> e.ends().ifPresent(id -> seizures.release(id, e.validFrom()));
                case MORTGAGE -> {
                    mortgages.put(e.id(), restriction(e, Optional.empty()));
                    endProtectedNotices(MORTGAGE_NOTICES, e.partiesIn(PartyRole.MORTGAGEE));
                }
                case MORTGAGE_CANCELLATION -> e.ends().ifPresent(mortgages::remove);
                case MORTGAGE_CHANGE, MORTGAGE_FIXING -> e.detail("mortgage").ifPresent(id -> changeMortgage(id, e));
                case EASEMENT -> easements.put(e.id(), restriction(e, Optional.empty()));
                case RESIDENCE_RIGHT -> residenceRights.put(e.id(), restriction(e, termEnd(e)));
                case RESIDENCE_RIGHT_CANCELLATION -> e.ends().ifPresent(residenceRights::remove);
                case CORRECTION -> {
                    // applied to the corrected event before folding
                }
            }
        }

        /**
         * The holders after a transfer: those who did not transfer keep their shares, the transferees take theirs,
         * a transferee who already held adding the new share to hers (a co-owner buying out another).
         */
        private static List<RegisteredParty> afterTransfer(List<RegisteredParty> before, RegisterEvent e) {
            Set<String> transferors = RegisteredParty.idNumbers(e.partiesIn(PartyRole.TRANSFEROR));
            Map<String, RegisteredParty> after = new LinkedHashMap<>();
            before.stream()
                    .filter(h -> !transferors.contains(h.party().idNumber()))
                    .forEach(h -> after.put(h.party().idNumber(), h));
            for (RegisteredParty t : e.partiesIn(PartyRole.TRANSFEREE)) {
                RegisteredParty taking = t.as(PartyRole.HOLDER);
                after.merge(
                        t.party().idNumber(),
                        taking,
                        (kept, added) -> kept.share().isPresent()
                                        && added.share().isPresent()
                                        && !kept.share().get().joint()
                                        && !added.share().get().joint()
                                ? new RegisteredParty(
                                        PartyRole.HOLDER,
                                        added.party(),
                                        Optional.of(kept.share()
                                                .get()
                                                .plus(added.share().get())))
                                : added);
            }
            return List.copyOf(after.values());
        }

        /**
         * Ends the advance notices of these sub-types whose holders are exactly the parties acquiring: the
         * registration a notice protects, once recorded, ends it (Civil Code art. 221).
         */
        private void endProtectedNotices(Set<Integer> subtypes, List<RegisteredParty> acquiring) {
            Set<String> acquirers = RegisteredParty.idNumbers(acquiring);
            notices.values()
                    .removeIf(n -> subtypes.contains(n.subtype())
                            && !acquirers.isEmpty()
                            && acquirers.equals(RegisteredParty.idNumbers(n.parties().stream()
                                    .filter(p -> p.role() == PartyRole.HOLDER)
                                    .toList())));
        }

        private void takeNaturalStatus(RegisterEvent e) {
            for (String key : NATURAL_STATUS) {
                e.detail(key).ifPresent(v -> natural.put(key, v));
            }
        }

        UnitState toState(UnitCode unit, Instant at, int count) {
            List<Restriction> ranked = new ArrayList<>();
            int rank = 0;
            for (Restriction m : mortgages.values()) {
                ranked.add(m.placed(++rank, m.since(), m.lapsesAt()));
            }
            return new UnitState(
                    unit,
                    registered && !cancelled,
                    cancelled,
                    natural,
                    ownershipEvent,
                    holders,
                    ranked,
                    seizures.effective(),
                    seizures.waiting(),
                    inForce(notices, at),
                    inForce(objections, at),
                    List.copyOf(easements.values()),
                    inForce(residenceRights, at),
                    count);
        }

        private static List<Restriction> inForce(Map<String, Restriction> restrictions, Instant at) {
            return restrictions.values().stream()
                    .filter(r -> r.lapsesAt().map(at::isBefore).orElse(true))
                    .toList();
        }

        private static Restriction restriction(RegisterEvent e, Optional<Instant> lapses) {
            return new Restriction(e.type(), e.id(), e.subtype(), e.parties(), e.details(), e.validFrom(), 0, lapses);
        }

        /**
         * When an advance notice lapses (Civil Code art. 221: 90 days from the day registration became possible,
         * art. 201): from {@code possibleFrom} when the application states it with its evidence; else, for a
         * purchase (1, 2) or a mortgage of registered real estate (4), from the notice's own day when the unit is
         * registered already; a pre-sale purchase (1) on a unit not yet registered waits for the unit's first
         * registration; a pre-sale mortgage (3) waits for {@code possibleFrom}.
         */
        private static Optional<Instant> noticeLapse(RegisterEvent e, boolean unitRegistered) {
            Optional<String> possibleFrom = e.detail("possibleFrom");
            if (possibleFrom.isPresent()) {
                return Optional.of(
                        LegalPeriods.endOfDays(LocalDate.parse(possibleFrom.get()), LegalPeriods.ADVANCE_NOTICE_DAYS));
            }
            boolean possibleNow = unitRegistered && (e.subtype() == 1 || e.subtype() == 2 || e.subtype() == 4);
            return possibleNow
                    ? Optional.of(LegalPeriods.endOfDays(e.validFrom(), LegalPeriods.ADVANCE_NOTICE_DAYS))
                    : Optional.empty();
        }

        /** A first registration makes the pre-sale purchases noticed before it registrable: their 90 days start. */
        private void startPreSaleNoticePeriods(RegisterEvent first) {
            notices.replaceAll((id, n) -> n.subtype() == 1 && n.lapsesAt().isEmpty()
                    ? n.placed(
                            n.rank(),
                            n.since(),
                            Optional.of(LegalPeriods.endOfDays(first.validFrom(), LegalPeriods.ADVANCE_NOTICE_DAYS)))
                    : n);
        }

        /**
         * A mortgage as changed or fixed: the event's amount, term, no-transfer agreement or fixed amount replace
         * the registered ones; {@code rankBefore} moves it ahead of another mortgage.
         */
        private void changeMortgage(String id, RegisterEvent e) {
            Restriction m = mortgages.get(id);
            if (m == null) {
                return;
            }
            TreeMap<String, String> details = new TreeMap<>(m.details());
            for (String key : List.of("amount", "term", "noTransfer", "fixedAmount")) {
                e.detail(key).ifPresent(v -> details.put(key, v));
            }
            if (e.type() == RegistrationType.MORTGAGE_FIXING) {
                details.put("fixedOn", e.validFrom().toString());
            }
            Restriction changed = new Restriction(
                    m.type(), m.eventId(), m.subtype(), m.parties(), details, m.since(), 0, m.lapsesAt());
            Optional<String> before = e.detail("rankBefore").filter(mortgages::containsKey);
            if (before.isEmpty()) {
                mortgages.put(id, changed);
                return;
            }
            List<Map.Entry<String, Restriction>> order = new ArrayList<>(mortgages.entrySet());
            mortgages.clear();
            for (Map.Entry<String, Restriction> entry : order) {
                if (entry.getKey().equals(before.get())) {
                    mortgages.put(id, changed);
                }
                if (!entry.getKey().equals(id)) {
                    mortgages.put(entry.getKey(), entry.getValue());
                }
            }
        }

        /** The end of a residence right's term, the day after its last day (CST); none when it has no term. */
        private static Optional<Instant> termEnd(RegisterEvent e) {
            return e.detail("term").map(t -> LocalDate.parse(t.substring(t.indexOf('/') + 1))
                    .plusDays(1)
                    .atStartOfDay(LegalPeriods.CHINA)
                    .toInstant());
        }

        private static Period term(RegisterEvent e) {
            return e.detail("termYears")
                    .map(y -> Period.ofYears(Integer.parseInt(y)))
                    .orElse(LegalPeriods.DEFAULT_SEIZURE_TERM);
        }
    }
}
