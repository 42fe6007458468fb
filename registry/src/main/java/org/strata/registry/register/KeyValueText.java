package org.strata.registry.register;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Text of {@code name=value} lines, the canonical form of events and cases. Names and values are both escaped
 * ({@code \\}, {@code \n}, {@code \r}, and {@code =} in names), so no name or value, whatever it holds, can end
 * its line or start another field; reading refuses a name given twice. {@code parse(put(n, v))} gives back
 * {@code n} and {@code v} exactly for every pair of strings.
 */
public final class KeyValueText {
    private final StringBuilder text = new StringBuilder();

    /** Appends one line. */
    public KeyValueText put(String name, String value) {
        if (name.isEmpty()) {
            throw new IllegalArgumentException("a field needs a name");
        }
        text.append(escape(name, true)).append('=').append(escape(value, false)).append('\n');
        return this;
    }

    @Override
    public String toString() {
        return text.toString();
    }

    /**
     * Reads the lines of a text, in order.
     *
     * @throws IllegalArgumentException when a line is not {@code name=value} or a name is given twice
     */
    public static Map<String, String> parse(String text) {
        Map<String, String> fields = new LinkedHashMap<>();
        for (String line : text.split("\n", -1)) {
            if (line.isEmpty()) {
                continue;
            }
            int eq = separator(line);
            if (eq < 1) {
                throw new IllegalArgumentException("a stored line is not name=value");
            }
            String name = unescape(line.substring(0, eq));
            if (fields.put(name, unescape(line.substring(eq + 1))) != null) {
                throw new IllegalArgumentException("the stored field '" + name + "' is given twice");
            }
        }
        return fields;
    }

    /** The value of the first line named {@code name}, read without reading the other lines' values. */
    public static java.util.Optional<String> value(String text, String name) {
        String escaped = escape(name, true);
        int start = 0;
        while (start < text.length()) {
            int end = text.indexOf('\n', start);
            if (end < 0) {
                end = text.length();
            }
            if (text.startsWith(escaped, start)
                    && start + escaped.length() < end
                    && text.charAt(start + escaped.length()) == '=') {
                return java.util.Optional.of(unescape(text.substring(start + escaped.length() + 1, end)));
            }
            start = end + 1;
        }
        return java.util.Optional.empty();
    }

    /** The position of the first '=' that is not escaped, or -1. */
    private static int separator(String line) {
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (c == '\\') {
                i++;
            } else if (c == '=') {
                return i;
            }
        }
        return -1;
    }

    private static String escape(String s, boolean name) {
        if (s.indexOf('\\') < 0 && s.indexOf('\n') < 0 && s.indexOf('\r') < 0 && (!name || s.indexOf('=') < 0)) {
            return s; // most text has nothing to escape (indexOf is the JVM's vectorised search)
        }
        StringBuilder out = null;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            String replacement =
                    switch (c) {
                        case '\\' -> "\\\\";
                        case '\n' -> "\\n";
                        case '\r' -> "\\r";
                        case '=' -> name ? "\\=" : null;
                        default -> null;
                    };
            if (replacement != null && out == null) {
                out = new StringBuilder(s.length() + 8).append(s, 0, i);
            }
            if (out != null) {
                if (replacement != null) {
                    out.append(replacement);
                } else {
                    out.append(c);
                }
            }
        }
        return out == null ? s : out.toString();
    }

    private static String unescape(String value) {
        if (value.indexOf('\\') < 0) {
            return value;
        }
        StringBuilder out = new StringBuilder(value.length());
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c == '\\' && i + 1 < value.length()) {
                char n = value.charAt(++i);
                out.append(n == 'n' ? '\n' : n == 'r' ? '\r' : n);
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }
}
