package org.strata.registry.cases;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.strata.registry.register.PartyRole;
import org.strata.registry.register.RegisteredParty;
import org.strata.registry.register.RegistrationType;
import org.strata.registry.right.Share;

/**
 * Checks an application's form before anything is written: the roles each type needs and allows, shares
 * that add up to 1, and the details each type needs. A failure is a {@link CaseException} of kind INVALID.
 */
public final class ApplicationChecks {
    private static final Map<RegistrationType, Set<PartyRole>> REQUIRED = Map.ofEntries(
            Map.entry(RegistrationType.FIRST, EnumSet.of(PartyRole.HOLDER)),
            Map.entry(RegistrationType.TRANSFER, EnumSet.of(PartyRole.TRANSFEROR, PartyRole.TRANSFEREE)),
            Map.entry(RegistrationType.CHANGE, EnumSet.noneOf(PartyRole.class)),
            Map.entry(RegistrationType.CANCELLATION, EnumSet.of(PartyRole.APPLICANT)),
            Map.entry(RegistrationType.CORRECTION, EnumSet.of(PartyRole.APPLICANT)),
            Map.entry(RegistrationType.OBJECTION, EnumSet.of(PartyRole.APPLICANT)),
            Map.entry(RegistrationType.ADVANCE_NOTICE, EnumSet.of(PartyRole.HOLDER)),
            Map.entry(RegistrationType.SEIZURE, EnumSet.of(PartyRole.COURT)),
            Map.entry(RegistrationType.SEIZURE_RELEASE, EnumSet.of(PartyRole.COURT)),
            Map.entry(RegistrationType.MORTGAGE, EnumSet.of(PartyRole.MORTGAGOR, PartyRole.MORTGAGEE)),
            Map.entry(RegistrationType.MORTGAGE_CANCELLATION, EnumSet.noneOf(PartyRole.class)),
            Map.entry(RegistrationType.EASEMENT, EnumSet.of(PartyRole.HOLDER)));

    private static final Set<PartyRole> SHARED_ROLES =
            EnumSet.of(PartyRole.HOLDER, PartyRole.TRANSFEROR, PartyRole.TRANSFEREE);

    private ApplicationChecks() {}

    /** Checks the application; returns it with single holders' missing shares read as the whole. */
    public static Application check(Application a) {
        if (a.parties().isEmpty()) {
            throw CaseException.invalid("missing-parties", "a " + a.type().wireName() + " names at least one party");
        }
        for (PartyRole role : REQUIRED.get(a.type())) {
            if (a.partiesIn(role).isEmpty()) {
                throw CaseException.invalid(
                        "missing-parties", "a " + a.type().wireName() + " needs a party with role " + role.wireName());
            }
        }
        List<RegisteredParty> parties =
                a.parties().stream().map(p -> withWholeShareIfAlone(a, p)).toList();
        for (PartyRole role : SHARED_ROLES) {
            List<RegisteredParty> inRole =
                    parties.stream().filter(p -> p.role() == role).toList();
            if (inRole.isEmpty()) {
                continue;
            }
            if (inRole.stream().anyMatch(p -> p.share().isEmpty())) {
                throw CaseException.invalid(
                        "missing-share", "every " + role.wireName() + " needs a share when there are" + " several");
            }
            if (!Share.addUpToWhole(
                    inRole.stream().map(p -> p.share().orElseThrow()).toList())) {
                throw CaseException.invalid(
                        "shares-not-whole",
                        "the shares of the " + role.wireName() + "s add up to " + sum(inRole) + ", not 1");
            }
            long distinct =
                    inRole.stream().map(p -> p.party().idNumber()).distinct().count();
            if (distinct != inRole.size()) {
                throw CaseException.invalid("duplicate-party", "a " + role.wireName() + " is named twice");
            }
        }
        checkDetails(a);
        return new Application(a.type(), a.unitCode(), parties, a.details(), a.newUnit());
    }

    private static RegisteredParty withWholeShareIfAlone(Application a, RegisteredParty p) {
        if (SHARED_ROLES.contains(p.role())
                && p.share().isEmpty()
                && a.partiesIn(p.role()).size() == 1) {
            return new RegisteredParty(p.role(), p.party(), Optional.of(Share.WHOLE));
        }
        return p;
    }

    private static void checkDetails(Application a) {
        switch (a.type()) {
            case ADVANCE_NOTICE -> subtype(a, 1, 4, true);
            case SEIZURE -> {
                int subtype = subtype(a, 1, 5, false);
                required(a, "courtOrder");
                if (subtype == 5) {
                    required(a, "renews");
                }
                a.detail("termYears").ifPresent(t -> positiveInteger("termYears", t));
            }
            case SEIZURE_RELEASE, MORTGAGE_CANCELLATION -> required(a, "ends");
            case CORRECTION -> required(a, "corrects");
            case MORTGAGE -> {
                subtype(a, 1, 2, false);
                positiveDecimal("amount", required(a, "amount"));
                term(required(a, "term"));
            }
            default -> {
                // no required details
            }
        }
        a.detail("statedArea").ifPresent(v -> positiveDecimal("statedArea", v));
        a.detail("validFrom").ifPresent(ApplicationChecks::instantOrDate);
        a.detail("possibleFrom").ifPresent(v -> date("possibleFrom", v));
        if (a.newUnit().isPresent() && a.type() != RegistrationType.FIRST) {
            throw CaseException.invalid("unexpected-unit", "only a first registration may bring a new unit");
        }
    }

    /** Reads a validity start: an ISO instant, or a date meaning its start in China Standard Time. */
    public static Instant instantOrDate(String text) {
        try {
            if (text.length() == 10) {
                return LocalDate.parse(text)
                        .atStartOfDay(java.time.ZoneOffset.ofHours(8))
                        .toInstant();
            }
            return Instant.parse(text);
        } catch (DateTimeParseException e) {
            throw CaseException.invalid(
                    "invalid-detail",
                    "validFrom '" + text + "' is neither a date (2026-01-31) nor"
                            + " an instant (2026-01-31T08:00:00Z)");
        }
    }

    private static int subtype(Application a, int min, int max, boolean needed) {
        Optional<String> text = a.detail("subtype");
        if (text.isEmpty()) {
            if (needed) {
                throw CaseException.invalid(
                        "missing-detail", "a " + a.type().wireName() + " needs details.subtype " + min + "-" + max);
            }
            return min;
        }
        try {
            int value = Integer.parseInt(text.get());
            if (value >= min && value <= max) {
                return value;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw CaseException.invalid(
                "invalid-detail",
                "details.subtype '" + text.get() + "' of a " + a.type().wireName() + " is not " + min + "-" + max);
    }

    private static String required(Application a, String name) {
        return a.detail(name)
                .orElseThrow(() ->
                        CaseException.invalid("missing-detail", "a " + a.type().wireName() + " needs details." + name));
    }

    private static void positiveDecimal(String name, String text) {
        try {
            if (new BigDecimal(text).signum() > 0) {
                return;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw CaseException.invalid("invalid-detail", "details." + name + " '" + text + "' is not a positive number");
    }

    private static void positiveInteger(String name, String text) {
        try {
            if (Integer.parseInt(text) > 0) {
                return;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw CaseException.invalid(
                "invalid-detail", "details." + name + " '" + text + "' is not a positive whole number");
    }

    private static void date(String name, String text) {
        try {
            LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            throw CaseException.invalid(
                    "invalid-detail", "details." + name + " '" + text + "' is not a date like 2026-01-31");
        }
    }

    private static void term(String text) {
        String[] ends = text.split("/", -1);
        if (ends.length == 2) {
            try {
                if (LocalDate.parse(ends[0]).isBefore(LocalDate.parse(ends[1]))) {
                    return;
                }
            } catch (DateTimeParseException e) {
                // reported below
            }
        }
        throw CaseException.invalid(
                "invalid-detail", "details.term '" + text + "' is not a date range like" + " 2026-01-01/2046-01-01");
    }

    private static String sum(List<RegisteredParty> parties) {
        BigDecimal total = BigDecimal.ZERO;
        for (RegisteredParty p : parties) {
            Share s = p.share().orElseThrow();
            total = total.add(BigDecimal.valueOf(s.numerator())
                    .divide(BigDecimal.valueOf(s.denominator()), 6, java.math.RoundingMode.HALF_UP));
        }
        return total.stripTrailingZeros().toPlainString();
    }
}
