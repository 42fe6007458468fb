package org.strata.registry.cases.rules;

import java.util.ArrayList;
import java.util.List;
import org.strata.registry.cases.Application;
import org.strata.registry.cases.Finding;
import org.strata.registry.register.RegisterEvent;
import org.strata.registry.register.RegisterReader;
import org.strata.registry.register.UnitState;

/** Every rule with legal effect, checked together; all findings are listed, not just the first. */
public final class RuleBook {
    private final List<Rule> rules;

    /** The rules that need no other unit's register (land-and-building reads none). */
    public RuleBook() {
        this(RegisterReader.EMPTY);
    }

    /**
     * The rules, reading other units' events (the land under a building, the buildings on a land) from the register.
     *
     * @param register the register
     */
    public RuleBook(RegisterReader register) {
        rules = List.of(
                new RegistrationStatusRule(),
                new DisposalRule(),
                new ChangeKeepsHoldersRule(),
                new MortgageeCancelsRule(),
                new TransferorsAreHoldersRule(),
                new MortgagorsAreHoldersRule(),
                new EndsRestrictionInForceRule(),
                new CorrectsEventOfUnitRule(),
                new RenewsSeizureInForceRule(),
                new RepeatObjectionRule(),
                new ResidenceRightRule(),
                new ObjectionLawsuitRule(),
                new MortgageChangeRule(),
                new ApplicantsRule(),
                new LandAndBuildingRule(register));
    }

    /** The disposal matrix the book applies. */
    public DisposalMatrix disposalMatrix() {
        return DisposalMatrix.standard();
    }

    /** The rules, in the order they are checked. */
    public List<Rule> rules() {
        return rules;
    }

    /** All findings of all rules. */
    public List<Finding> check(Application application, UnitState state, List<RegisterEvent> history) {
        List<Finding> findings = new ArrayList<>();
        for (Rule rule : rules) {
            findings.addAll(rule.check(application, state, history));
        }
        return findings;
    }
}
