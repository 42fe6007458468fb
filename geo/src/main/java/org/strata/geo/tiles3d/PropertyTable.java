package org.strata.geo.tiles3d;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The features of a tile and their properties (EXT_structural_metadata): string columns and 64-bit number columns
 * whose missing values are written as {@link #NO_DATA}. Rows are added in feature-id order.
 */
public final class PropertyTable {
    /** The value standing for "none" in a number column. */
    public static final double NO_DATA = -1.0e300;

    private final Map<String, List<String>> strings = new LinkedHashMap<>();
    private final Map<String, List<Double>> numbers = new LinkedHashMap<>();
    private int count;

    /** A table with these string and number columns. */
    public PropertyTable(List<String> stringColumns, List<String> numberColumns) {
        stringColumns.forEach(c -> strings.put(c, new ArrayList<>()));
        numberColumns.forEach(c -> numbers.put(c, new ArrayList<>()));
    }

    /** Adds a row; returns its feature id. Missing strings are written empty and missing numbers as no data. */
    public int add(Map<String, String> stringValues, Map<String, Double> numberValues) {
        strings.forEach((column, values) -> values.add(stringValues.getOrDefault(column, "")));
        numbers.forEach((column, values) -> {
            Double v = numberValues.get(column);
            values.add(v == null ? NO_DATA : v);
        });
        return count++;
    }

    /** How many rows the table has. */
    public int count() {
        return count;
    }

    /** The string columns, by name. */
    public Map<String, List<String>> strings() {
        return strings;
    }

    /** The number columns, by name. */
    public Map<String, List<Double>> numbers() {
        return numbers;
    }
}
