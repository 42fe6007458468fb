package org.strata.registry.unit;

/** Digit checks for code parts. */
final class Digits {
    private Digits() {}

    static boolean all(String text) {
        if (text.isEmpty()) {
            return false;
        }
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < '0' || c > '9') {
                return false;
            }
        }
        return true;
    }
}
