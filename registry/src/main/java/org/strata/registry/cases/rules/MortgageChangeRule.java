package org.strata.registry.cases.rules;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.strata.registry.cases.Application;
import org.strata.registry.cases.Finding;
import org.strata.registry.register.PartyRole;
import org.strata.registry.register.RegisterEvent;
import org.strata.registry.register.RegisteredParty;
import org.strata.registry.register.RegistrationType;
import org.strata.registry.register.Restriction;
import org.strata.registry.register.UnitState;

/**
 * A mortgage change names a mortgage in force and is applied for by its mortgagor and mortgagee together; raising
 * the amount or the rank needs the written consent of every mortgagee it would put at a disadvantage (Civil Code
 * art. 409). A maximum-amount mortgage is fixed once, by its mortgagee, at no more than its maximum (arts. 420-424).
 */
public final class MortgageChangeRule implements Rule {
    @Override
    public String code() {
        return "mortgage-change";
    }

    @Override
    public String explanation() {
        return "A mortgage change (抵押权变更) is applied for by the mortgage's mortgagor and mortgagee together; a higher"
                + " amount or a better rank (details.rankBefore) needs the written consent of every later mortgagee it"
                + " would disadvantage, listed in details.consents (Civil Code art. 409). A maximum-amount mortgage"
                + " (subtype 2) is fixed (最高额抵押权确定) once, on its mortgagee's application, at no more than its"
                + " maximum (arts. 420-424).";
    }

    @Override
    public List<Finding> check(Application a, UnitState state, List<RegisterEvent> history) {
        if (a.type() != RegistrationType.MORTGAGE_CHANGE && a.type() != RegistrationType.MORTGAGE_FIXING) {
            return List.of();
        }
        String id = a.detail("mortgage").orElse("");
        List<Restriction> mortgages = state.mortgages();
        Optional<Restriction> mortgage =
                mortgages.stream().filter(m -> m.eventId().equals(id)).findFirst();
        if (mortgage.isEmpty()) {
            return List.of(blocker(a, Optional.empty(), "event " + id + " is not a mortgage in force on the unit"));
        }
        Restriction m = mortgage.get();
        List<Finding> findings = new ArrayList<>();
        if (!RegisteredParty.idNumbers(a.partiesIn(PartyRole.MORTGAGEE))
                .containsAll(RegisteredParty.idNumbers(holders(m, PartyRole.MORTGAGEE)))) {
            findings.add(blocker(a, Optional.of(id), "mortgage " + id + " is changed on its mortgagee's application"));
        }
        if (a.type() == RegistrationType.MORTGAGE_FIXING) {
            if (m.subtype() != 2 || m.details().containsKey("fixedOn")) {
                findings.add(blocker(
                        a, Optional.of(id), "mortgage " + id + " is not a maximum-amount mortgage still to be fixed"));
            } else if (amount(a.detail("fixedAmount"))
                            .compareTo(amount(Optional.ofNullable(m.details().get("amount"))))
                    > 0) {
                findings.add(blocker(a, Optional.of(id), "the fixed amount exceeds the mortgage's maximum"));
            }
            return findings;
        }
        if (!RegisteredParty.idNumbers(a.partiesIn(PartyRole.MORTGAGOR))
                .equals(RegisteredParty.idNumbers(holders(m, PartyRole.MORTGAGOR)))) {
            findings.add(blocker(a, Optional.of(id), "mortgage " + id + " is changed with its own mortgagors"));
        }
        Set<String> consents = a.consents();
        int position = mortgages.indexOf(m);
        List<Restriction> disadvantaged = new ArrayList<>();
        boolean higher = a.detail("amount").isPresent()
                && amount(a.detail("amount"))
                                .compareTo(
                                        amount(Optional.ofNullable(m.details().get("amount"))))
                        > 0;
        if (higher) {
            disadvantaged.addAll(mortgages.subList(position + 1, mortgages.size()));
        }
        a.detail("rankBefore").ifPresent(before -> {
            int target = -1;
            for (int i = 0; i < mortgages.size(); i++) {
                if (mortgages.get(i).eventId().equals(before)) {
                    target = i;
                }
            }
            if (target < 0 || target >= position) {
                findings.add(blocker(a, Optional.of(id), "details.rankBefore names no mortgage ranked before " + id));
            } else {
                disadvantaged.addAll(mortgages.subList(target, position));
            }
        });
        disadvantaged.stream()
                .filter(other -> !consents.contains(other.eventId()))
                .distinct()
                .forEach(other -> findings.add(blocker(
                        a,
                        Optional.of(other.eventId()),
                        "mortgage " + other.eventId() + " would be disadvantaged by the change: its mortgagee's written"
                                + " consent is listed in details.consents (Civil Code art. 409)")));
        return findings;
    }

    private Finding blocker(Application a, Optional<String> event, String message) {
        return Finding.blocker(code(), a.unitCode(), event, message);
    }

    private static BigDecimal amount(Optional<String> text) {
        return text.map(BigDecimal::new).orElse(BigDecimal.ZERO);
    }

    private static List<RegisteredParty> holders(Restriction r, PartyRole role) {
        return r.parties().stream().filter(p -> p.role() == role).toList();
    }
}
