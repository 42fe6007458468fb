package org.strata.registry.cases;

import java.util.Optional;
import java.util.Set;
import org.strata.registry.register.RegistrationType;

/**
 * What a transfer by succession states: statutory succession (法定继承) or a bequest (受遗赠), the order of the heirs
 * who apply, and whether the death and the kinship are proved by documents or by the heirs' written commitment
 * (告知承诺).
 *
 * @param statutory statutory succession; false for a bequest
 * @param heirOrder the order of the applying heirs, 1 or 2 (Civil Code art. 1127)
 * @param deathByCommitment the death is stated by commitment instead of a death certificate
 * @param kinshipByCommitment the kinship is stated by commitment instead of a proof
 */
public record Succession(boolean statutory, int heirOrder, boolean deathByCommitment, boolean kinshipByCommitment) {
    private static final Set<String> EVIDENCE = Set.of("certificate", "commitment");

    /** The commitment each heir gives, recorded with their confirmation. */
    public static final String COMMITMENT = "本人承诺所述死亡、亲属关系等事实真实，如有虚假，承担由此造成的一切损失"
            + " (I commit that the death and kinship stated are true and am liable for any loss a false statement"
            + " causes)";

    /**
     * The succession an application states, if it is a transfer by succession.
     *
     * @throws CaseException of kind INVALID when a succession detail has a value it cannot have
     */
    public static Optional<Succession> of(Application a) {
        Optional<String> kind = a.detail("succession");
        if (a.type() != RegistrationType.TRANSFER || kind.isEmpty()) {
            return Optional.empty();
        }
        if (!kind.get().equals("statutory") && !kind.get().equals("bequest")) {
            throw CaseException.invalid(
                    "invalid-detail", "details.succession is statutory (法定继承) or bequest (受遗赠), not " + kind.get());
        }
        String death = a.detail("deathEvidence").orElse("certificate");
        String kinship = a.detail("kinshipEvidence").orElse("certificate");
        if (!EVIDENCE.contains(death) || !EVIDENCE.contains(kinship)) {
            throw CaseException.invalid(
                    "invalid-detail",
                    "details.deathEvidence and details.kinshipEvidence are certificate or commitment");
        }
        String order = a.detail("heirOrder").orElse("1");
        if (!order.equals("1") && !order.equals("2")) {
            throw CaseException.invalid("invalid-detail", "details.heirOrder is 1 or 2 (Civil Code art. 1127)");
        }
        return Optional.of(new Succession(
                kind.get().equals("statutory"),
                Integer.parseInt(order),
                death.equals("commitment"),
                kinship.equals("commitment")));
    }

    /** Whether a commitment replaces any document: the case is then verified later. */
    public boolean byCommitment() {
        return deathByCommitment || kinshipByCommitment;
    }
}
