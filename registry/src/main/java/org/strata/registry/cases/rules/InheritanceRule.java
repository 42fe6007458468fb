package org.strata.registry.cases.rules;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.strata.registry.cases.Application;
import org.strata.registry.cases.Finding;
import org.strata.registry.cases.Succession;
import org.strata.registry.register.RegisterEvent;
import org.strata.registry.register.RegistrationType;
import org.strata.registry.register.UnitState;

/**
 * A transfer by succession (法定继承 or 受遗赠, Civil Code arts. 1121-1127, 1133) may carry, instead of the death
 * certificate and the proof of kinship, a written commitment (告知承诺) by each heir, liable for loss a false statement
 * causes (Hangzhou plan items 82-84). Such a case is marked for later verification and always decided by an
 * officer. Heirs of the second order inherit only when there is no heir of the first order (art. 1127): a statutory
 * succession by second-order heirs states that there is none.
 */
public final class InheritanceRule implements Rule {
    @Override
    public String code() {
        return "succession";
    }

    @Override
    public String explanation() {
        return "A transfer by succession (details.succession: statutory 法定继承 or bequest 受遗赠) names the deceased"
                + " holder as transferor and the heirs as transferees; the deceased does not confirm it (succession"
                + " opens at death, Civil Code art. 1121). Heirs may give a written commitment (告知承诺) instead of a"
                + " death certificate or a proof of kinship (details.deathEvidence, details.kinshipEvidence:"
                + " commitment), liable for loss a false statement causes; the case is then marked for later"
                + " verification and decided by an officer (Hangzhou plan items 82-84). When first-order heirs are"
                + " present (details.heirOrder 1), second-order heirs need not appear or submit anything; second-order"
                + " heirs (heirOrder 2) inherit only when no first-order heir exists or inherits (art. 1127), which the"
                + " application states (details.firstOrderHeirs: none).";
    }

    @Override
    public List<Finding> check(Application a, UnitState state, List<RegisterEvent> history) {
        Optional<Succession> succession = Succession.of(a);
        if (a.type() != RegistrationType.TRANSFER || succession.isEmpty()) {
            return List.of();
        }
        Succession s = succession.get();
        List<Finding> findings = new ArrayList<>();
        if (s.byCommitment()) {
            findings.add(Finding.warning(
                    "verify-later",
                    a.unitCode(),
                    Optional.empty(),
                    "the heirs gave a written commitment (告知承诺) instead of "
                            + (s.deathByCommitment() && s.kinshipByCommitment()
                                    ? "the death certificate and the proof of kinship"
                                    : s.deathByCommitment() ? "the death certificate" : "the proof of kinship")
                            + "; the case is marked for later verification (Hangzhou plan items 82-84)"));
        }
        if (s.statutory()
                && s.heirOrder() == 2
                && !"none".equals(a.detail("firstOrderHeirs").orElse(""))) {
            findings.add(Finding.blocker(
                    "second-order-heirs",
                    a.unitCode(),
                    Optional.empty(),
                    "second-order heirs inherit only when there is no first-order heir (Civil Code art. 1127); state"
                            + " details.firstOrderHeirs: none, under the heirs' commitment or with proof"));
        }
        return findings;
    }
}
