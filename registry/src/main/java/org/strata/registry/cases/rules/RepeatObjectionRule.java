package org.strata.registry.cases.rules;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.strata.registry.cases.Application;
import org.strata.registry.cases.Finding;
import org.strata.registry.register.PartyRole;
import org.strata.registry.register.RegisterEvent;
import org.strata.registry.register.RegisteredParty;
import org.strata.registry.register.RegistrationType;
import org.strata.registry.register.UnitState;

/**
 * An applicant whose objection on a unit was registered before may not object again on the same matter for the
 * same reason (Civil Code art. 220; Implementing Rules of the Interim Regulation art. 83): refused when an
 * applicant and the reason are the same; a warning for the officer when the applicant is the same but the reason
 * differs.
 */
public final class RepeatObjectionRule implements Rule {
    @Override
    public String code() {
        return "repeat-objection";
    }

    @Override
    public String explanation() {
        return "An objection (异议登记) by an applicant who objected on the same unit before, for the same reason, is"
                + " refused: after an objection lapses the same matter may not be objected to again for the same"
                + " reason (Civil Code art. 220; Implementing Rules art. 83). The same applicant with another reason"
                + " gets a warning, for the officer to judge whether it is the same matter.";
    }

    @Override
    public List<Finding> check(Application a, UnitState state, List<RegisterEvent> history) {
        if (a.type() != RegistrationType.OBJECTION) {
            return List.of();
        }
        Set<String> applicants = RegisteredParty.idNumbers(a.partiesIn(PartyRole.APPLICANT));
        String reason = a.detail("reason").orElse("").strip();
        for (RegisterEvent earlier : history) {
            if (earlier.type() != RegistrationType.OBJECTION
                    || applicants.stream()
                            .noneMatch(RegisteredParty.idNumbers(earlier.partiesIn(PartyRole.APPLICANT))::contains)) {
                continue;
            }
            boolean sameReason = earlier.detail("reason").orElse("").strip().equals(reason);
            String message = "the applicant objected on unit " + a.unitCode() + " before (event " + earlier.id() + ")";
            return List.of(
                    sameReason
                            ? Finding.blocker(
                                    code(),
                                    a.unitCode(),
                                    Optional.of(earlier.id()),
                                    message + " for the same reason; the same matter may not be objected to again"
                                            + " (Civil Code art. 220; Implementing Rules art. 83)")
                            : Finding.warning(
                                    code(),
                                    a.unitCode(),
                                    Optional.of(earlier.id()),
                                    message + " for another reason; check that it is not the same matter"));
        }
        return List.of();
    }
}
