package org.strata.registry.online;

import java.util.Optional;
import org.strata.registry.actor.Role;
import org.strata.registry.cases.Application;
import org.strata.registry.register.PartyRole;
import org.strata.registry.register.RegisteredParty;
import org.strata.registry.register.RegistrationType;

/**
 * The standard cases the verification model may record with no officer and no documents (无感登记): a mortgage or
 * its cancellation filed by the bank that is its mortgagee, an advance notice filed with the housing department's
 * contract record, and the conversion of an advance notice into the transfer it secured (预告转现).
 */
public enum StandardCase {
    /** A mortgage filed by its mortgagee bank, with the loan contract it secures. */
    MORTGAGE("A mortgage filed by the bank that is its mortgagee, citing its loan (details.loanContract): the loan is"
            + " on record for this unit, its lender is the mortgagee, its borrowers are the mortgagors, its amount is"
            + " the amount applied for, and the mortgagors are the register's holders."),
    /** The cancellation of a mortgage filed by its mortgagee bank. */
    MORTGAGE_CANCELLATION("The cancellation of a mortgage filed by the bank that is its mortgagee: the mortgage it ends"
            + " (details.ends) is in force on the unit and the register names the applying bank as its mortgagee"
            + " (Interim Regulation art. 14)."),
    /** An advance notice of a filed sale contract (预购商品房预告登记). */
    ADVANCE_NOTICE("An advance notice citing the housing department's filed sale contract (details.contract): the"
            + " contract is on record for this unit, its buyers are the notice's holders and its sellers the"
            + " register's holders (Civil Code art. 221)."),
    /** The transfer an advance notice in force secured, under the same contract (预告转现). */
    ADVANCE_NOTICE_CONVERSION("The transfer an advance notice in force secured (预告转现), citing the same contract:"
            + " the notice is in force, its holders are the transferees, the transferors are the register's holders"
            + " and the filed contract names the same buyers.");

    private final String explanation;

    StandardCase(String explanation) {
        this.explanation = explanation;
    }

    /** What the verification model checks for this case, for applicants and officers. */
    public String explanation() {
        return explanation;
    }

    /** The name used in the timeline. */
    public String wireName() {
        return name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    }

    /**
     * The standard case an application is, filed by someone in {@code filerRole} with identity number
     * {@code filerId}; empty when an officer must decide it.
     */
    public static Optional<StandardCase> of(Application a, Role filerRole, Optional<String> filerId) {
        boolean bankIsMortgagee = filerRole == Role.BANK
                && filerId.isPresent()
                && a.partiesIn(PartyRole.MORTGAGEE).stream()
                        .map(RegisteredParty::party)
                        .anyMatch(p -> p.idNumber().equals(filerId.get()));
        if (a.type() == RegistrationType.MORTGAGE && bankIsMortgagee) {
            return Optional.of(MORTGAGE);
        }
        if (a.type() == RegistrationType.MORTGAGE_CANCELLATION && bankIsMortgagee) {
            return Optional.of(MORTGAGE_CANCELLATION);
        }
        if (a.type() == RegistrationType.ADVANCE_NOTICE && a.detail("contract").isPresent()) {
            return Optional.of(ADVANCE_NOTICE);
        }
        if (a.type() == RegistrationType.TRANSFER
                && a.detail("contract").isPresent()
                && a.detail("succession").isEmpty()) {
            return Optional.of(ADVANCE_NOTICE_CONVERSION);
        }
        return Optional.empty();
    }
}
