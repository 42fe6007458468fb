package org.strata.registry.register;

import java.util.Arrays;
import java.util.Optional;

/** The role a party plays in a registration. */
public enum PartyRole {
    /** Holder of the right registered (权利人). */
    HOLDER("holder"),
    /** Current holder giving up the right in a transfer (转让方). */
    TRANSFEROR("transferor"),
    /** New holder in a transfer (受让方). */
    TRANSFEREE("transferee"),
    /** Owner giving a mortgage (抵押人). */
    MORTGAGOR("mortgagor"),
    /** Creditor holding a mortgage (抵押权人). */
    MORTGAGEE("mortgagee"),
    /** The court ordering a seizure or its release. */
    COURT("court"),
    /** Whoever applies (申请人), e.g. for an objection, correction or cancellation. */
    APPLICANT("applicant"),
    /** The holder who grants a residence right on the dwelling. */
    GRANTOR("grantor"),
    /** The person a residence right is granted to (居住权人). */
    RESIDENT("resident");

    private final String wireName;

    PartyRole(String wireName) {
        this.wireName = wireName;
    }

    /** The name used in the API and in stored events. */
    public String wireName() {
        return wireName;
    }

    /** The role with this wire name. */
    public static Optional<PartyRole> ofWireName(String name) {
        return Arrays.stream(values()).filter(r -> r.wireName.equals(name)).findFirst();
    }
}
