package org.strata.registry.register;

import java.util.Arrays;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * What a registration does, with the national registration-type code (登记类型) it is filed under:
 * 100 first, 200 transfer, 300 change, 400 cancellation, 500 correction, 600 objection, 700 advance
 * notice, 800 seizure, 900 other (mortgage and easement).
 */
public enum RegistrationType {
    /** First registration (首次登记) of a land unit or building unit. */
    FIRST("first", 100),
    /** Transfer (转移登记) to new holders. */
    TRANSFER("transfer", 200),
    /** Change (变更登记) of natural status or of the holders' names. */
    CHANGE("change", 300),
    /** Cancellation (注销登记) of the unit's right, or, with {@code ends}, of an advance notice, objection or easement. */
    CANCELLATION("cancellation", 400),
    /** Correction (更正登记) of an earlier event, which stays in the register. */
    CORRECTION("correction", 500),
    /** Objection (异议登记); lapses after 15 days unless the applicant's lawsuit is recorded. */
    OBJECTION("objection", 600),
    /**
     * The lawsuit (or arbitration) an objection announced, recorded within its 15 days with the court's notice of
     * acceptance: the objection then stays in force until it is cancelled on the court's decision.
     */
    OBJECTION_LAWSUIT("objection-lawsuit", 600),
    /** Advance notice (预告登记), sub-types 1-4; lapses 90 days after registration became possible. */
    ADVANCE_NOTICE("advance-notice", 700),
    /** Seizure (查封登记), sub-types 1-5: seizure, waiting-in-line, pre-seizure, waiting pre-seizure, renewal. */
    SEIZURE("seizure", 800),
    /** Release of a seizure (解封). */
    SEIZURE_RELEASE("seizure-release", 800),
    /** Mortgage (抵押权登记), ordinary (1) or maximum-amount (2). */
    MORTGAGE("mortgage", 900),
    /**
     * Change of a mortgage (抵押权变更登记): its amount, term, rank ({@code rankBefore}) or an agreement that the
     * unit is not transferred ({@code noTransfer}, Civil Code art. 406), by mortgagor and mortgagee (art. 409).
     */
    MORTGAGE_CHANGE("mortgage-change", 300),
    /** Fixing of a maximum-amount mortgage's secured claims (最高额抵押权确定登记, arts. 420-424). */
    MORTGAGE_FIXING("mortgage-fixing", 300),
    /** Cancellation of a mortgage (抵押权注销登记). */
    MORTGAGE_CANCELLATION("mortgage-cancellation", 400),
    /** Easement (地役权登记). */
    EASEMENT("easement", 900),
    /** Residence right (居住权登记, Civil Code arts. 366-371) on a dwelling, for a resident; not transferable. */
    RESIDENCE_RIGHT("residence-right", 900),
    /** Cancellation of a residence right (居住权注销登记), at its end or the resident's death (art. 370). */
    RESIDENCE_RIGHT_CANCELLATION("residence-right-cancellation", 400);

    private final String wireName;
    private final int code;

    RegistrationType(String wireName, int code) {
        this.wireName = wireName;
        this.code = code;
    }

    /** The name used in the API and in stored events. */
    public String wireName() {
        return wireName;
    }

    /** The national registration-type code. */
    public int code() {
        return code;
    }

    /** The type with this wire name. */
    public static Optional<RegistrationType> ofWireName(String name) {
        return Arrays.stream(values()).filter(t -> t.wireName.equals(name)).findFirst();
    }

    /** All wire names, for messages. */
    public static String wireNames() {
        return Arrays.stream(values()).map(RegistrationType::wireName).collect(Collectors.joining(", "));
    }
}
