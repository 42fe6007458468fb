package org.strata.geo.model;

/** Argument checks shared by the value types; each message names the argument. */
final class Checks {
    private Checks() {}

    static void finite(String name, double value) {
        if (!Double.isFinite(value)) {
            throw new IllegalArgumentException(name + " must be a finite number, not " + value);
        }
    }

    static void within(String name, double value, double min, double max) {
        finite(name, value);
        if (value < min || value > max) {
            throw new IllegalArgumentException(name + " " + value + " is outside [" + min + ", " + max + "]");
        }
    }
}
