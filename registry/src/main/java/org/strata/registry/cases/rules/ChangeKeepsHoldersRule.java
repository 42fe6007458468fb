package org.strata.registry.cases.rules;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.strata.registry.cases.Application;
import org.strata.registry.cases.Finding;
import org.strata.registry.party.IdType;
import org.strata.registry.party.Party;
import org.strata.registry.register.PartyRole;
import org.strata.registry.register.RegisterEvent;
import org.strata.registry.register.RegisteredParty;
import org.strata.registry.register.RegistrationType;
import org.strata.registry.register.UnitState;

/**
 * A change registration amends facts about the same holders (a name, an identity document) or the unit (use, area,
 * location); it never changes who holds, which is a transfer with its own rules. Holders a change names are the
 * current holders, by identity document number, with their shares; one holder's new document is named with the
 * number it replaces ({@code formerIdNumber}) and the evidence of the change ({@code idChangeEvidence}).
 */
public final class ChangeKeepsHoldersRule implements Rule {
    @Override
    public String code() {
        return "change-keeps-holders";
    }

    @Override
    public String explanation() {
        return "A change registration (变更登记) amends the holders' names or the unit's natural status; who holds is"
                + " changed only by a transfer (转移登记) with a transferor, a transferee and the transfer rules"
                + " (Implementing Rules of the Interim Regulation arts. 26-27). The holders a change names must be"
                + " the current holders, by identity document number, with the same shares. A holder whose identity"
                + " document changed (a new resident ID, a company's unified social credit code) is named with the new"
                + " number, details.formerIdNumber the number it replaces and details.idChangeEvidence the issuing"
                + " authority's certificate of the change (Implementing Rules art. 26(1)).";
    }

    @Override
    public List<Finding> check(Application a, UnitState state, List<RegisterEvent> history) {
        if (a.type() != RegistrationType.CHANGE) {
            return List.of();
        }
        List<RegisteredParty> named = a.partiesIn(PartyRole.HOLDER);
        Optional<String> former = a.detail("formerIdNumber");
        if (named.isEmpty() || (former.isEmpty() && key(named).equals(key(state.holders())))) {
            return List.of();
        }
        if (former.isPresent()) {
            return newDocument(a, state, named, former.get());
        }
        return List.of(blocker(
                a,
                state,
                "a change may not change who holds unit " + a.unitCode() + " or their shares; file a transfer (or,"
                        + " for a holder's new identity document, name the number it replaces in"
                        + " details.formerIdNumber)"));
    }

    /** One holder's identity document changed: the others as they are, hers replaced, her share the same. */
    private List<Finding> newDocument(Application a, UnitState state, List<RegisteredParty> named, String former) {
        Set<String> current = RegisteredParty.idNumbers(state.holders());
        Set<String> now = RegisteredParty.idNumbers(named);
        Set<String> added = new java.util.HashSet<>(now);
        added.removeAll(current);
        Set<String> dropped = new java.util.HashSet<>(current);
        dropped.removeAll(now);
        if (!dropped.equals(Set.of(former)) || added.size() != 1) {
            return List.of(blocker(
                    a,
                    state,
                    "details.formerIdNumber must be the number of one current holder of unit " + a.unitCode()
                            + ", named in this change with the new number in its place and every other holder as"
                            + " registered"));
        }
        String replacement = added.iterator().next();
        RegisteredParty before = state.holders().stream()
                .filter(p -> p.party().idNumber().equals(former))
                .findFirst()
                .orElseThrow();
        RegisteredParty after = named.stream()
                .filter(p -> p.party().idNumber().equals(replacement))
                .findFirst()
                .orElseThrow();
        Optional<String> otherPerson = samePerson(before.party(), after.party());
        if (otherPerson.isPresent()) {
            return List.of(blocker(
                    a,
                    state,
                    otherPerson.get() + ": a new identity document belongs to the same holder; another person takes"
                            + " the unit by a transfer"));
        }
        Set<String> expected = state.holders().stream()
                .map(p -> (p.party().idNumber().equals(former)
                                ? replacement
                                : p.party().idNumber()) + "|"
                        + p.share().map(Object::toString).orElse("1"))
                .collect(Collectors.toSet());
        if (!expected.equals(key(named))) {
            return List.of(blocker(
                    a, state, "a holder's new identity document does not change the shares of unit " + a.unitCode()));
        }
        if (a.detail("idChangeEvidence").filter(e -> !e.isBlank()).isEmpty()) {
            return List.of(
                    Finding.blocker(
                            "id-change-evidence-required",
                            a.unitCode(),
                            state.ownershipEventId(),
                            "a holder's new identity document is registered on the evidence of the change (details"
                                    + ".idChangeEvidence: the public security bureau's or registration authority's certificate)"));
        }
        return List.of();
    }

    /**
     * Why two parties are not one holder with a new document, if they are not: the name and the kind of document
     * stay (a name is changed by a change of its own), and a resident ID keeps its birth date and sex (GB 11643).
     */
    public static Optional<String> samePerson(Party before, Party after) {
        if (!before.name().equals(after.name())) {
            return Optional.of("the holder is " + before.name() + ", not " + after.name()
                    + " (a name and a document are changed one at a time)");
        }
        if (before.idType() != after.idType()) {
            return Optional.of("a " + before.idType().wireName() + " is replaced by a document of the same kind");
        }
        if (before.idType() == IdType.RESIDENT_ID
                && !(birthAndSex(before.idNumber()).equals(birthAndSex(after.idNumber())))) {
            return Optional.of("resident IDs " + before.idNumber() + " and " + after.idNumber()
                    + " give different birth dates or sexes");
        }
        return Optional.empty();
    }

    /** The birth date and the sex digit's parity a resident ID encodes (15 or 18 characters). */
    private static String birthAndSex(String id) {
        if (id.length() == 15) {
            return "19" + id.substring(6, 12) + "/" + (id.charAt(14) - '0') % 2;
        }
        return id.substring(6, 14) + "/" + (id.charAt(16) - '0') % 2;
    }

    private Finding blocker(Application a, UnitState state, String message) {
        return Finding.blocker(code(), a.unitCode(), state.ownershipEventId(), message);
    }

    private static Set<String> key(List<RegisteredParty> parties) {
        return parties.stream()
                .map(p -> p.party().idNumber() + "|"
                        + p.share().map(Object::toString).orElse("1"))
                .collect(Collectors.toSet());
    }
}
