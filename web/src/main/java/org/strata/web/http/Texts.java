package org.strata.web.http;

/** Client text as it may appear in an error message: control characters shown as \\uXXXX, cut at 64 characters. */
public final class Texts {
    private static final int MAX_SHOWN = 64;

    private Texts() {}

    /** The text, safe and short enough to echo back. */
    public static String shown(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder out = new StringBuilder();
        text.codePoints().limit(MAX_SHOWN).forEach(c -> {
            if (Character.isISOControl(c)) {
                out.append(String.format("\\u%04x", c));
            } else {
                out.appendCodePoint(c);
            }
        });
        return text.codePointCount(0, text.length()) > MAX_SHOWN ? out + "…" : out.toString();
    }
}
