package org.strata.registry.cadastre;

import java.util.Optional;
import org.strata.registry.codes.CodeTables;

/**
 * A land use class of GB/T 21010-2017 (the whole second-level table, {@code codes/land-use.txt}).
 *
 * @param code the 4-digit code
 * @param name the Chinese name
 * @param label an English label
 */
public record LandUse(String code, String name, String label) {
    /** 0501 retail commercial land (零售商业用地). */
    public static final LandUse RETAIL_COMMERCIAL = of("0501");
    /** 0505 business and finance land (商务金融用地), offices. */
    public static final LandUse BUSINESS_FINANCE = of("0505");
    /** 0601 industrial land (工业用地). */
    public static final LandUse INDUSTRIAL = of("0601");
    /** 0701 urban residential land (城镇住宅用地). */
    public static final LandUse URBAN_RESIDENTIAL = of("0701");
    /** 0810 park and green land (公园与绿地). */
    public static final LandUse PARK_AND_GREEN = of("0810");
    /** 1004 urban and village road land (城镇村道路用地). */
    public static final LandUse URBAN_ROAD = of("1004");
    /** 1005 transport service station land (交通服务场站用地), e.g. a metro station. */
    public static final LandUse TRANSPORT_STATION = of("1005");

    /** The land use with this GB/T 21010 code. */
    public static Optional<LandUse> ofCode(String code) {
        return CodeTables.landUse().row(code).map(r -> new LandUse(code, r.get(0), r.get(1)));
    }

    private static LandUse of(String code) {
        return ofCode(code).orElseThrow(() -> new IllegalStateException("GB/T 21010 has no class " + code));
    }
}
