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
    private volatile String version;

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
                new InheritanceRule(),
                new LandAndBuildingRule(register));
    }

    /**
     * The rule set's version: the first 12 hex digits of the SHA-256 of its published text ({@link RulesDocument}),
     * so a decision names exactly the rules it applied and any change to a rule, its article or its table changes it.
     */
    public String version() {
        String known = version;
        if (known == null) {
            known = digest();
            version = known;
        }
        return known;
    }

    private String digest() {
        try {
            byte[] digest = java.security.MessageDigest.getInstance("SHA-256")
                    .digest(RulesDocument.render(this).getBytes(java.nio.charset.StandardCharsets.UTF_8));
            return "rules-" + java.util.HexFormat.of().formatHex(digest, 0, 6);
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is not available", e);
        }
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
