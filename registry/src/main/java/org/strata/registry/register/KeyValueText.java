package org.strata.registry.register;

import java.util.LinkedHashMap;
import java.util.Map;

/** Text of {@code name=value} lines with escaped values: the canonical form of events and cases. */
public final class KeyValueText {
    private final StringBuilder text = new StringBuilder();

    /** Appends one line. */
    public KeyValueText put(String name, String value) {
        text.append(name).append('=').append(escape(value)).append('\n');
        return this;
    }

    @Override
    public String toString() {
        return text.toString();
    }

    /**
     * Reads the lines of a text, in order.
     *
     * @throws IllegalArgumentException when a line is not {@code name=value}
     */
    public static Map<String, String> parse(String text) {
        Map<String, String> fields = new LinkedHashMap<>();
        for (String line : text.split("\n", -1)) {
            if (line.isEmpty()) {
                continue;
            }
            int eq = line.indexOf('=');
            if (eq < 1) {
                throw new IllegalArgumentException("line '" + line + "' is not name=value");
            }
            fields.put(line.substring(0, eq), unescape(line.substring(eq + 1)));
        }
        return fields;
    }

    private static String escape(String value) {
        return value.replace("\\", "\\\\").replace("\n", "\\n").replace("\r", "\\r");
    }

    private static String unescape(String value) {
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
