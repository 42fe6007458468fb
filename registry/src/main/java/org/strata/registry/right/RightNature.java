package org.strata.registry.right;

/** Right nature (权利性质) of state land use rights. */
public enum RightNature {
    /** 101 allocation 划拨. */
    ALLOCATION(101),
    /** 102 grant 出让. */
    GRANT(102),
    /** 103 capital contribution 作价出资（入股）. */
    CAPITAL_CONTRIBUTION(103),
    /** 104 lease 租赁. */
    LEASE(104),
    /** 105 authorized operation 授权经营. */
    AUTHORIZED_OPERATION(105);

    private final int code;

    RightNature(int code) {
        this.code = code;
    }

    /** The numeric code of the national table. */
    public int code() {
        return code;
    }

    /** The right nature with this numeric code. */
    public static RightNature ofCode(int code) {
        for (RightNature n : values()) {
            if (n.code == code) {
                return n;
            }
        }
        throw new IllegalArgumentException("right nature code " + code + " is not in the code table");
    }
}
