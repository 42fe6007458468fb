package org.strata.registry.cadastre;

import java.util.Optional;

/** Land use classes of GB/T 21010-2017 used by Strata's parcels (a selection of the national table). */
public enum LandUse {
    /** 0501 retail commercial land (零售商业用地). */
    RETAIL_COMMERCIAL("0501", "retail commercial"),
    /** 0505 business and finance land (商务金融用地), offices. */
    BUSINESS_FINANCE("0505", "business and finance"),
    /** 0701 urban residential land (城镇住宅用地). */
    URBAN_RESIDENTIAL("0701", "urban residential"),
    /** 0810 park and green land (公园与绿地). */
    PARK_AND_GREEN("0810", "park and green land"),
    /** 1004 urban and village road land (城镇村道路用地). */
    URBAN_ROAD("1004", "urban road"),
    /** 1005 transport service station land (交通服务场站用地), e.g. a metro station. */
    TRANSPORT_STATION("1005", "transport service station");

    private final String code;
    private final String label;

    LandUse(String code, String label) {
        this.code = code;
        this.label = label;
    }

    /** The 4-digit GB/T 21010 code. */
    public String code() {
        return code;
    }

    /** An English label. */
    public String label() {
        return label;
    }

    /** The land use with this GB/T 21010 code. */
    public static Optional<LandUse> ofCode(String code) {
        for (LandUse use : values()) {
            if (use.code.equals(code)) {
                return Optional.of(use);
            }
        }
        return Optional.empty();
    }
}
