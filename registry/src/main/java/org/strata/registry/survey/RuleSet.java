package org.strata.registry.survey;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Properties;

/**
 * The versioned tolerances of the package checks, read from {@code survey-rules.properties}; each check report
 * records {@link #label()} so a result can be traced to the values it was held to.
 */
public final class RuleSet {
    private static final String RESOURCE = "survey-rules.properties";

    private final Properties values;
    private final String label;

    private RuleSet(byte[] text) {
        this.values = new Properties();
        try {
            values.load(new ByteArrayInputStream(text));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        this.label = text("id") + " " + text("version") + " sha256:"
                + Checksums.sha256(text).substring(0, 16);
    }

    /** The rule set shipped with Strata. */
    public static RuleSet standard() {
        try (InputStream in = RuleSet.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " is missing from the class path");
            }
            return new RuleSet(in.readAllBytes());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A rule set from the text of a properties file. */
    public static RuleSet of(String propertiesText) {
        return new RuleSet(propertiesText.getBytes(StandardCharsets.ISO_8859_1));
    }

    /** Id, version and the start of the SHA-256 of the file, as recorded with each run. */
    public String label() {
        return label;
    }

    /** A number. */
    public double number(String key) {
        return Double.parseDouble(text(key));
    }

    /** A whole number. */
    public long whole(String key) {
        return Long.parseLong(text(key));
    }

    /** The mean error of a boundary point class (1, 2 or 3), metres. */
    public double boundaryMeanError(int pointClass) {
        return number("boundary.class" + pointClass + ".mean-error-metres");
    }

    /** Whether the class is one the rule set knows. */
    public boolean knowsBoundaryClass(int pointClass) {
        return values.containsKey("boundary.class" + pointClass + ".mean-error-metres");
    }

    private String text(String key) {
        String v = values.getProperty(key);
        if (v == null) {
            throw new IllegalStateException("the survey rule set has no value for " + key);
        }
        return v.trim();
    }
}
