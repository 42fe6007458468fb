package org.strata.registry.right;

/** Right types (权利类型, QLLX) of the national registration database standard; a selection. */
public enum RightType {
    /** 1 collective land ownership. */
    COLLECTIVE_LAND_OWNERSHIP(1),
    /** 2 state land ownership. */
    STATE_LAND_OWNERSHIP(2),
    /** 3 state construction-land use right. */
    STATE_CONSTRUCTION_LAND_USE(3),
    /** 4 state construction-land use right together with building ownership. */
    STATE_CONSTRUCTION_LAND_USE_AND_BUILDING(4),
    /** 5 homestead use right. */
    HOMESTEAD_USE(5),
    /** 6 homestead use right together with house ownership. */
    HOMESTEAD_USE_AND_HOUSE(6),
    /** 7 collective construction-land use right. */
    COLLECTIVE_CONSTRUCTION_LAND_USE(7),
    /** 8 collective construction-land use right together with building ownership. */
    COLLECTIVE_CONSTRUCTION_LAND_USE_AND_BUILDING(8),
    /** 9 land contract management right. */
    LAND_CONTRACT_MANAGEMENT(9),
    /** 15 sea-area use right. */
    SEA_AREA_USE(15),
    /** 19 easement. */
    EASEMENT(19),
    /** 23 mortgage. */
    MORTGAGE(23),
    /** 99 other. */
    OTHER(99);

    private final int code;

    RightType(int code) {
        this.code = code;
    }

    /** The numeric code of the national table. */
    public int code() {
        return code;
    }

    /** The right type with this numeric code. */
    public static RightType ofCode(int code) {
        for (RightType t : values()) {
            if (t.code == code) {
                return t;
            }
        }
        throw new IllegalArgumentException("right type code " + code + " is not in the code table");
    }
}
