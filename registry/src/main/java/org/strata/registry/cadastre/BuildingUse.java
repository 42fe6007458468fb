package org.strata.registry.cadastre;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.strata.registry.codes.CodeTables;

/**
 * What a building or unit is used for (房屋用途): a class of the registration data dictionary
 * ({@code codes/building-use.txt}, GB/T 17986.1-2000 appendix A as TD/T 1066 codes it).
 *
 * @param code the class code (2 or 3 digits)
 * @param name the Chinese name
 * @param label an English label
 */
public record BuildingUse(String code, String name, String label) {
    /** 11 self-contained dwellings (成套住宅). */
    public static final BuildingUse RESIDENTIAL = of("11");
    /** 60 offices (办公). */
    public static final BuildingUse OFFICE = of("60");
    /** 31 shops and malls (商业服务). */
    public static final BuildingUse COMMERCIAL = of("31");
    /** 26 public transport: stations, concourses, footbridges (公共运输). */
    public static final BuildingUse TRANSPORT = of("26");
    /** 80 other (其他): the dictionary has no class of its own for parking spaces and garages. */
    public static final BuildingUse PARKING = of("80");

    /** The names Strata used before the dictionary, still accepted on input and read from older stores. */
    private static final Map<String, BuildingUse> FORMER_NAMES = Map.of(
            "residential", RESIDENTIAL,
            "office", OFFICE,
            "commercial", COMMERCIAL,
            "transport", TRANSPORT,
            "parking", PARKING);

    /** The class with this code. */
    public static Optional<BuildingUse> ofCode(String code) {
        return CodeTables.buildingUse().row(code).map(r -> new BuildingUse(code, r.get(0), r.get(1)));
    }

    /**
     * The class a text names: a dictionary code, or one of the former names (residential, office, commercial,
     * transport, parking) in any case.
     *
     * @throws IllegalArgumentException naming the text when it is neither
     */
    public static BuildingUse parse(String text) {
        if (text == null) {
            throw new IllegalArgumentException("a building use is required");
        }
        String t = text.strip();
        return ofCode(t)
                .or(() -> Optional.ofNullable(FORMER_NAMES.get(t.toLowerCase(Locale.ROOT))))
                .orElseThrow(() -> new IllegalArgumentException("'" + (t.length() > 40 ? t.substring(0, 40) : t)
                        + "' is not a building use of the registration data dictionary (GB/T 17986.1-2000 appendix A,"
                        + " e.g. 11 成套住宅, 31 商业服务, 60 办公; see /api/v1/code-tables/building-use)"));
    }

    /** Whether the class is a dwelling (住宅, codes 10-13, 111, 112): what a residence right can be created on. */
    public boolean isDwelling() {
        return code.startsWith("1");
    }

    private static BuildingUse of(String code) {
        return ofCode(code).orElseThrow(() -> new IllegalStateException("the dictionary has no building use " + code));
    }
}
