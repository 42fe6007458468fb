package org.strata.data.text;

import java.util.ArrayList;
import java.util.List;
import org.strata.registry.survey.CheckResult;
import org.strata.registry.survey.ManifestPart;
import org.strata.registry.survey.PartKind;
import org.strata.registry.survey.Severity;
import org.strata.registry.survey.SurveyItem;

/**
 * The storage text of a report's results and a package's parts: one line each, fields separated by tabs, with
 * backslash, tab, carriage return and newline escaped; lists inside a field are separated by the unit separator,
 * their items escaping backslash and the separator, so that any strings read back as written (a list of one
 * empty string reads back as an empty list).
 */
public final class SurveyText {
    private static final String LIST = "\u001f";

    private SurveyText() {}

    /** The results as text. */
    public static String results(List<CheckResult> results) {
        StringBuilder b = new StringBuilder();
        for (CheckResult r : results) {
            line(b, r.rule(), r.severity().wireName(), r.measured(), r.limit(), list(r.features()), r.message());
        }
        return b.toString();
    }

    /** The results read back. */
    public static List<CheckResult> results(String text) {
        List<CheckResult> out = new ArrayList<>();
        for (String[] f : lines(text)) {
            out.add(new CheckResult(f[0], Severity.ofWireName(f[1]), f[2], f[3], list(f[4]), f[5]));
        }
        return out;
    }

    /** The parts as text. */
    public static String parts(List<ManifestPart> parts) {
        StringBuilder b = new StringBuilder();
        for (ManifestPart p : parts) {
            line(
                    b,
                    p.path(),
                    p.kind().wireName(),
                    list(p.items().stream().map(SurveyItem::wireName).toList()),
                    p.mediaType(),
                    p.sha256(),
                    String.valueOf(p.featureCount()));
        }
        return b.toString();
    }

    /** The parts read back. */
    public static List<ManifestPart> parts(String text) {
        List<ManifestPart> out = new ArrayList<>();
        for (String[] f : lines(text)) {
            out.add(new ManifestPart(
                    f[0],
                    PartKind.ofWireName(f[1]),
                    list(f[2]).stream().map(SurveyItem::ofWireName).toList(),
                    f[3],
                    f[4],
                    Integer.parseInt(f[5])));
        }
        return out;
    }

    /** A list as one field. */
    public static String list(List<String> values) {
        return String.join(
                LIST,
                values.stream()
                        .map(v -> v.replace("\\", "\\\\").replace(LIST, "\\s"))
                        .toList());
    }

    /** A field read back as a list. */
    public static List<String> list(String field) {
        if (field.isEmpty()) {
            return List.of();
        }
        List<String> out = new ArrayList<>();
        for (String item : field.split(LIST, -1)) {
            StringBuilder b = new StringBuilder(item.length());
            for (int i = 0; i < item.length(); i++) {
                char ch = item.charAt(i);
                if (ch == '\\' && i + 1 < item.length()) {
                    char next = item.charAt(++i);
                    b.append(next == 's' ? LIST.charAt(0) : next);
                } else {
                    b.append(ch);
                }
            }
            out.add(b.toString());
        }
        return out;
    }

    private static void line(StringBuilder b, String... fields) {
        for (int i = 0; i < fields.length; i++) {
            if (i > 0) {
                b.append('\t');
            }
            b.append(fields[i]
                    .replace("\\", "\\\\")
                    .replace("\t", "\\t")
                    .replace("\n", "\\n")
                    .replace("\r", "\\r"));
        }
        b.append('\n');
    }

    private static List<String[]> lines(String text) {
        List<String[]> out = new ArrayList<>();
        for (String line : text.split("\n")) {
            if (line.isEmpty()) {
                continue;
            }
            String[] fields = line.split("\t", -1);
            for (int i = 0; i < fields.length; i++) {
                fields[i] = unescape(fields[i]);
            }
            out.add(fields);
        }
        return out;
    }

    private static String unescape(String s) {
        StringBuilder b = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char ch = s.charAt(i);
            if (ch == '\\' && i + 1 < s.length()) {
                char next = s.charAt(++i);
                b.append(next == 't' ? '\t' : next == 'n' ? '\n' : next == 'r' ? '\r' : next);
            } else {
                b.append(ch);
            }
        }
        return b.toString();
    }
}
