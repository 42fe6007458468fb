package org.strata.registry.survey;

import java.util.Objects;

/** Argument checks shared by the survey values. */
final class Checks {
    private Checks() {}

    static String text(String value, String name) {
        Objects.requireNonNull(value, name);
        if (value.isBlank()) {
            throw new IllegalArgumentException(name + " must not be blank");
        }
        return value;
    }
}
