package org.strata.registry.cases;

import java.util.EnumMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.strata.registry.register.RegistrationType;
import org.strata.registry.register.UnitStateFolder;

/**
 * The details an application of each registration type may carry. An applicant names only the keys of its
 * type; the keys Strata sets itself (where a case came from, which survey it reuses) are never taken from an
 * applicant. Every key is short plain text, so no key can smuggle structure into a stored case.
 */
public final class DetailKeys {
    /** Most details one application may carry. */
    public static final int MAX_DETAILS = 32;
    /** Longest value of one detail, in characters. */
    public static final int MAX_VALUE_LENGTH = 2000;

    /** The natural status of a unit, which first registration, change and correction state. */
    static final Set<String> NATURAL_STATUS = Set.copyOf(UnitStateFolder.NATURAL_STATUS);

    /** Keys set by Strata itself: the case's origin and the survey results it reuses. */
    public static final Set<String> SYSTEM =
            Set.of("origin", "surveyPackage", "surveyPart", "attachments", "importFile", "importSha256");

    private static final Map<RegistrationType, Set<String>> CLIENT = new EnumMap<>(RegistrationType.class);
    /** The client's keys and Strata's own, per type. */
    private static final Map<RegistrationType, Set<String>> KNOWN = new EnumMap<>(RegistrationType.class);

    static {
        CLIENT.put(RegistrationType.FIRST, with(NATURAL_STATUS));
        CLIENT.put(
                RegistrationType.TRANSFER,
                with(
                        NATURAL_STATUS,
                        "consents",
                        "courtOrder",
                        "contract",
                        "succession",
                        "deathEvidence",
                        "kinshipEvidence",
                        "heirOrder",
                        "firstOrderHeirs"));
        CLIENT.put(RegistrationType.CHANGE, with(NATURAL_STATUS, "consents", "formerIdNumber", "idChangeEvidence"));
        CLIENT.put(RegistrationType.CANCELLATION, with(Set.of(), "ends", "reason", "consents", "courtOrder"));
        CLIENT.put(
                RegistrationType.CORRECTION,
                with(NATURAL_STATUS, "corrects", "reason", "courtOrder", "holderConsent", "proof"));
        CLIENT.put(RegistrationType.OBJECTION, with(Set.of(), "reason"));
        CLIENT.put(RegistrationType.OBJECTION_LAWSUIT, with(Set.of(), "objection", "courtNotice"));
        CLIENT.put(
                RegistrationType.ADVANCE_NOTICE,
                with(
                        Set.of(),
                        "subtype",
                        "possibleFrom",
                        "possibleFromEvidence",
                        "amount",
                        "term",
                        "consents",
                        "contract"));
        CLIENT.put(RegistrationType.SEIZURE, with(Set.of(), "subtype", "courtOrder", "renews", "termYears"));
        CLIENT.put(RegistrationType.SEIZURE_RELEASE, with(Set.of(), "ends", "courtOrder"));
        CLIENT.put(
                RegistrationType.MORTGAGE,
                with(Set.of(), "subtype", "amount", "term", "consents", "noTransfer", "loanContract"));
        CLIENT.put(
                RegistrationType.MORTGAGE_CHANGE,
                with(Set.of(), "mortgage", "amount", "term", "noTransfer", "rankBefore", "consents"));
        CLIENT.put(RegistrationType.MORTGAGE_FIXING, with(Set.of(), "mortgage", "fixedAmount", "reason"));
        CLIENT.put(RegistrationType.MORTGAGE_CANCELLATION, with(Set.of(), "ends", "reason"));
        CLIENT.put(RegistrationType.EASEMENT, with(Set.of(), "term", "consents", "reason"));
        CLIENT.put(RegistrationType.RESIDENCE_RIGHT, with(Set.of(), "term", "charge", "consents", "contract"));
        CLIENT.put(RegistrationType.RESIDENCE_RIGHT_CANCELLATION, with(Set.of(), "ends", "reason"));
        CLIENT.forEach((type, keys) ->
                KNOWN.put(type, Stream.concat(keys.stream(), SYSTEM.stream()).collect(Collectors.toUnmodifiableSet())));
    }

    private DetailKeys() {}

    private static Set<String> with(Set<String> base, String... more) {
        return Stream.concat(Stream.concat(base.stream(), Stream.of(more)), Stream.of("validFrom"))
                .collect(Collectors.toUnmodifiableSet());
    }

    /** The keys an applicant may give for a type, sorted. */
    public static Set<String> clientKeys(RegistrationType type) {
        return new TreeSet<>(CLIENT.get(type));
    }

    /**
     * Refuses an applicant's details naming a key its type does not know or one Strata sets itself, too many
     * details, or a value that is too long.
     *
     * @throws CaseException INVALID naming the key
     */
    public static void requireClientKeys(Application a) {
        check(a, CLIENT.get(a.type()));
    }

    /** Refuses details outside the type's keys and Strata's own: the last check before a case is stored. */
    static void requireKnownKeys(Application a) {
        check(a, KNOWN.get(a.type()));
    }

    private static void check(Application a, Set<String> allowed) {
        if (a.details().size() > MAX_DETAILS) {
            throw CaseException.invalid(
                    "too-many-details", "an application carries at most " + MAX_DETAILS + " details");
        }
        a.details().forEach((key, value) -> {
            if (!allowed.contains(key)) {
                throw CaseException.invalid(
                        "unknown-detail",
                        "a " + a.type().wireName() + " takes no detail '" + printable(key) + "'; it takes "
                                + new TreeSet<>(CLIENT.get(a.type())));
            }
            if (value.length() > MAX_VALUE_LENGTH) {
                throw CaseException.invalid(
                        "detail-too-long",
                        "details." + key + " is " + value.length() + " characters long; at most " + MAX_VALUE_LENGTH);
            }
        });
    }

    /** Client text as it can be shown in a message: control characters as \\uXXXX, cut at 64 characters. */
    static String printable(String key) {
        StringBuilder out = new StringBuilder();
        key.codePoints().limit(64).forEach(c -> {
            if (Character.isISOControl(c)) {
                out.append(String.format("\\u%04x", c));
            } else {
                out.appendCodePoint(c);
            }
        });
        return key.length() > 64 ? out + "…" : out.toString();
    }
}
