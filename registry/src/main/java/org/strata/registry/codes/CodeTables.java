package org.strata.registry.codes;

import java.util.List;
import java.util.Optional;

/** The national code tables Strata checks codes against, read once. */
public final class CodeTables {
    private static final CodeTable LAND_USE =
            CodeTable.read("land-use", "land-use.txt", List.of("name", "englishName"));
    private static final CodeTable BUILDING_USE =
            CodeTable.read("building-use", "building-use.txt", List.of("name", "englishName"));
    private static final CodeTable COUNTIES = CodeTable.read("counties", "counties.txt", List.of("name", "city"));

    private CodeTables() {}

    /** GB/T 21010-2017 land use classes. */
    public static CodeTable landUse() {
        return LAND_USE;
    }

    /** Building use classes of the registration data dictionary (GB/T 17986.1-2000 appendix A, TD/T 1066). */
    public static CodeTable buildingUse() {
        return BUILDING_USE;
    }

    /** GB/T 2260 county-level divisions. */
    public static CodeTable counties() {
        return COUNTIES;
    }

    /** Every table. */
    public static List<CodeTable> all() {
        return List.of(LAND_USE, BUILDING_USE, COUNTIES);
    }

    /** The table of this name. */
    public static Optional<CodeTable> named(String name) {
        return all().stream().filter(t -> t.name().equals(name)).findFirst();
    }
}
