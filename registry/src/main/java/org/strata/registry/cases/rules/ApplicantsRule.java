package org.strata.registry.cases.rules;

import java.util.List;
import java.util.Set;
import org.strata.registry.cases.Application;
import org.strata.registry.cases.Finding;
import org.strata.registry.register.PartyRole;
import org.strata.registry.register.RegisterEvent;
import org.strata.registry.register.RegisteredParty;
import org.strata.registry.register.RegistrationType;
import org.strata.registry.register.UnitState;

/**
 * Who must apply (Interim Regulation art. 14, Civil Code art. 220): the right itself is cancelled on the
 * application of all its holders, or on a court's order; a correction is applied for by a holder, or by an
 * interested party with the holder's written consent or evidence that the register is wrong.
 */
public final class ApplicantsRule implements Rule {
    @Override
    public String code() {
        return "applicants";
    }

    @Override
    public String explanation() {
        return "The right is cancelled (注销) on the application of all of its holders, or on a court's order"
                + " (details.courtOrder) (Interim Regulation art. 14). A correction (更正) is applied for by a holder;"
                + " anyone else needs the holder's written consent (details.holderConsent) or evidence that the register"
                + " is wrong (details.proof) (Civil Code art. 220).";
    }

    @Override
    public List<Finding> check(Application a, UnitState state, List<RegisterEvent> history) {
        if (!state.registered()) {
            return List.of();
        }
        Set<String> holders = RegisteredParty.idNumbers(state.holders());
        Set<String> applicants = RegisteredParty.idNumbers(a.partiesIn(PartyRole.APPLICANT));
        if (a.type() == RegistrationType.CANCELLATION
                && a.detail("ends").isEmpty()
                && a.detail("courtOrder").isEmpty()
                && !applicants.containsAll(holders)) {
            return List.of(Finding.blocker(
                    code(),
                    a.unitCode(),
                    state.ownershipEventId(),
                    "the right on unit " + a.unitCode() + " is cancelled on the application of all its holders ("
                            + TransferorsAreHoldersRule.describe(state.holders()) + ") or on a court's order"));
        }
        if (a.type() == RegistrationType.CORRECTION
                && applicants.stream().noneMatch(holders::contains)
                && a.detail("holderConsent").isEmpty()
                && a.detail("proof").isEmpty()) {
            return List.of(
                    Finding.blocker(
                            code(),
                            a.unitCode(),
                            state.ownershipEventId(),
                            "a correction not applied for by a holder needs the holder's written consent"
                                    + " (details.holderConsent) or evidence of the error (details.proof) (Civil Code art. 220)"));
        }
        return List.of();
    }
}
