package org.strata.registry.cases;

import java.math.BigDecimal;
import java.time.Instant;
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
            Map.entry(RegistrationType.OBJECTION_LAWSUIT, EnumSet.of(PartyRole.APPLICANT)),
            Map.entry(RegistrationType.ADVANCE_NOTICE, EnumSet.of(PartyRole.HOLDER)),
            Map.entry(RegistrationType.SEIZURE, EnumSet.of(PartyRole.COURT)),
            Map.entry(RegistrationType.SEIZURE_RELEASE, EnumSet.of(PartyRole.COURT)),
            Map.entry(RegistrationType.MORTGAGE, EnumSet.of(PartyRole.MORTGAGOR, PartyRole.MORTGAGEE)),
            Map.entry(RegistrationType.MORTGAGE_CANCELLATION, EnumSet.noneOf(PartyRole.class)),
            Map.entry(RegistrationType.MORTGAGE_CHANGE, EnumSet.of(PartyRole.MORTGAGOR, PartyRole.MORTGAGEE)),
            Map.entry(RegistrationType.MORTGAGE_FIXING, EnumSet.of(PartyRole.MORTGAGEE)),
            Map.entry(RegistrationType.EASEMENT, EnumSet.of(PartyRole.HOLDER)),
            Map.entry(RegistrationType.RESIDENCE_RIGHT, EnumSet.of(PartyRole.GRANTOR, PartyRole.RESIDENT)),
            Map.entry(RegistrationType.RESIDENCE_RIGHT_CANCELLATION, EnumSet.noneOf(PartyRole.class)));

    private static final Set<PartyRole> SHARED_ROLES =
            EnumSet.of(PartyRole.HOLDER, PartyRole.TRANSFEROR, PartyRole.TRANSFEREE);

    /** Most parties one application names. */
    public static final int MAX_PARTIES = 200;
    /** Longest party name, in characters. */
    public static final int MAX_NAME_CHARS = 300;

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
        if (a.parties().size() > MAX_PARTIES) {
            throw CaseException.invalid("too-many-parties", "an application names at most " + MAX_PARTIES + " parties");
        }
        for (RegisteredParty p : a.parties()) {
            if (p.party().name().length() > MAX_NAME_CHARS) {
                throw CaseException.invalid(
                        "text-too-long", "a party's name takes at most " + MAX_NAME_CHARS + " characters");
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
            checkShares(role, inRole);
            long distinct =
                    inRole.stream().map(p -> p.party().idNumber()).distinct().count();
            if (distinct != inRole.size()) {
                throw CaseException.invalid("duplicate-party", "a " + role.wireName() + " is named twice");
            }
        }
        checkTransferredShares(parties);
        checkDetails(a);
        return new Application(a.type(), a.unitCode(), parties, a.details(), a.newUnit());
    }

    /**
     * Shares in one role: joint holders all joint and at least two (Civil Code art. 299); holders by shares adding
     * up to 1; transferors and transferees by shares adding up to at most 1 (a co-owner transfers her own share,
     * art. 305).
     */
    private static void checkShares(PartyRole role, List<RegisteredParty> inRole) {
        List<Share> shares = inRole.stream().map(p -> p.share().orElseThrow()).toList();
        if (shares.stream().anyMatch(Share::joint)) {
            // one joint transferor alone is well formed; the transfer rule refuses it, naming the other owners
            if (!shares.stream().allMatch(Share::joint) || (shares.size() < 2 && role != PartyRole.TRANSFEROR)) {
                throw CaseException.invalid(
                        "mixed-ownership",
                        "joint ownership (share \"joint\") is held by two or more " + role.wireName()
                                + "s together, all joint; ownership by shares gives every one a fraction");
            }
            return;
        }
        boolean whole = role == PartyRole.HOLDER ? Share.addUpToWhole(shares) : Share.atMostWhole(shares);
        if (!whole) {
            throw CaseException.invalid(
                    "shares-not-whole",
                    "the shares of the " + role.wireName() + "s add up to " + sum(inRole)
                            + (role == PartyRole.HOLDER ? ", not 1" : ", more than 1"));
        }
    }

    /** What the transferors give, the transferees take: the same shares in all, or joint for joint. */
    private static void checkTransferredShares(List<RegisteredParty> parties) {
        List<Share> given = parties.stream()
                .filter(p -> p.role() == PartyRole.TRANSFEROR)
                .map(p -> p.share().orElseThrow())
                .toList();
        List<Share> taken = parties.stream()
                .filter(p -> p.role() == PartyRole.TRANSFEREE)
                .map(p -> p.share().orElseThrow())
                .toList();
        if (given.isEmpty() || taken.isEmpty()) {
            return;
        }
        boolean jointGiven = given.get(0).joint();
        boolean jointTaken = taken.get(0).joint();
        List<Share> fractionsGiven = jointGiven ? List.of(Share.WHOLE) : given;
        List<Share> fractionsTaken = jointTaken ? List.of(Share.WHOLE) : taken;
        if (!Share.sameSum(fractionsGiven, fractionsTaken)) {
            throw CaseException.invalid(
                    "shares-not-whole",
                    "the transferees take " + (jointTaken ? "1" : sumOf(taken)) + " of the right but the transferors"
                            + " give " + (jointGiven ? "1" : sumOf(given)));
        }
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
        DetailKeys.requireKnownKeys(a);
        switch (a.type()) {
            case ADVANCE_NOTICE -> {
                subtype(a, 1, 4, true);
                if (a.detail("possibleFrom").isPresent()) {
                    required(a, "possibleFromEvidence"); // the day registration became possible is proved, not typed
                }
            }
            case SEIZURE -> {
                int subtype = subtype(a, 1, 5, false);
                required(a, "courtOrder");
                if (subtype == 5) {
                    required(a, "renews");
                }
                a.detail("termYears").ifPresent(DetailValues::seizureYears);
            }
            case SEIZURE_RELEASE, MORTGAGE_CANCELLATION, RESIDENCE_RIGHT_CANCELLATION -> required(a, "ends");
            case TRANSFER -> Succession.of(a); // its details' values are checked
            case RESIDENCE_RIGHT -> a.detail("term").ifPresent(DetailValues::term);
            case CORRECTION -> required(a, "corrects");
            case MORTGAGE_CHANGE -> required(a, "mortgage");
            case MORTGAGE_FIXING -> {
                required(a, "mortgage");
                DetailValues.amount(required(a, "fixedAmount"));
            }
            case OBJECTION_LAWSUIT -> {
                required(a, "objection");
                required(a, "courtNotice");
            }
            case MORTGAGE -> {
                subtype(a, 1, 2, false);
                DetailValues.amount(required(a, "amount"));
                DetailValues.term(required(a, "term"));
            }
            default -> {
                // no required details
            }
        }
        if (a.type() != RegistrationType.MORTGAGE) {
            a.detail("amount").ifPresent(DetailValues::amount);
            a.detail("term").ifPresent(DetailValues::term);
        }
        a.detail("noTransfer").ifPresent(v -> {
            if (!v.equals("true") && !v.equals("false")) {
                throw CaseException.invalid("invalid-detail", "details.noTransfer is true or false");
            }
        });
        a.detail("statedArea").ifPresent(v -> DetailValues.area("statedArea", v));
        a.detail("innerArea").ifPresent(v -> DetailValues.area("innerArea", v));
        a.detail("validFrom").ifPresent(DetailValues::instantOrDate);
        for (String name : List.of("possibleFrom", "termStart", "termEnd")) {
            a.detail(name).ifPresent(v -> DetailValues.date(name, v));
        }
        if (a.newUnit().isPresent() && a.type() != RegistrationType.FIRST) {
            throw CaseException.invalid("unexpected-unit", "only a first registration may bring a new unit");
        }
        a.newUnit().ifPresent(UnitLimits::check);
    }

    /** Reads a validity start: an ISO instant, or a date meaning its start in China Standard Time. */
    public static Instant instantOrDate(String text) {
        return DetailValues.instantOrDate(text);
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

    private static String sum(List<RegisteredParty> parties) {
        return sumOf(parties.stream().map(p -> p.share().orElseThrow()).toList());
    }

    private static String sumOf(List<Share> shares) {
        BigDecimal total = BigDecimal.ZERO;
        for (Share s : shares) {
            total = total.add(BigDecimal.valueOf(s.numerator())
                    .divide(BigDecimal.valueOf(s.denominator()), 6, java.math.RoundingMode.HALF_UP));
        }
        return total.stripTrailingZeros().toPlainString();
    }
}
