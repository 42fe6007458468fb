package org.strata.registry.register;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.strata.registry.codes.CodeTables;

/**
 * A certificate or proof number in the national format: {@code 浙(2026)杭州市不动产权第0001012号} for a title
 * certificate (不动产权证书), {@code 浙(2026)杭州市不动产证明第0001013号} for a registration proof (不动产登记证明:
 * mortgages, advance notices, objections, easements). Each kind is a series of its own per registration office
 * and year, numbered from 1 with 7 digits.
 *
 * @param province the province's one-character name
 * @param year the year of issue
 * @param office the registration office: the city, or a county-level city that registers for itself
 * @param kind title certificate or proof
 * @param number the number in the series, from 1
 */
public record CertificateNumber(String province, int year, String office, Kind kind, long number) {
    private static final Pattern FORMAT =
            Pattern.compile("(\\p{IsHan})\\((\\d{4})\\)(\\p{IsHan}+?)(不动产权|不动产证明)第(\\d{7})号");

    /** What is issued. */
    public enum Kind {
        /** A title certificate (不动产权证书). */
        TITLE("不动产权"),
        /** A registration proof (不动产登记证明). */
        PROOF("不动产证明");

        private final String text;

        Kind(String text) {
            this.text = text;
        }

        /** The words in the number. */
        public String text() {
            return text;
        }
    }

    /** Checks the number's range. */
    public CertificateNumber {
        if (number < 1 || number > 9_999_999) {
            throw new IllegalArgumentException("certificate number " + number + " is outside 1-9999999");
        }
    }

    /** What a registration type is issued: a title for rights, a proof for rights on rights; none otherwise. */
    public static Optional<Kind> kindFor(RegistrationType type) {
        return switch (type) {
            case FIRST, TRANSFER, CHANGE, CORRECTION -> Optional.of(Kind.TITLE);
            case MORTGAGE, ADVANCE_NOTICE, OBJECTION, EASEMENT, RESIDENCE_RIGHT -> Optional.of(Kind.PROOF);
            default -> Optional.empty();
        };
    }

    /**
     * The series a county's office issues in a year: a district (区) registers with its city, a county (县) or a
     * county-level city (市) under its own name (the counties code table).
     *
     * @throws IllegalArgumentException when the county is not in the code table
     */
    public static String seriesOf(String county, int year, Kind kind) {
        return province(county) + "(" + year + ")" + office(county) + kind.text();
    }

    /** The number in a series. */
    public static CertificateNumber of(String county, int year, Kind kind, long number) {
        return new CertificateNumber(province(county), year, office(county), kind, number);
    }

    /** This number's series. */
    public String series() {
        return province + "(" + year + ")" + office + kind.text();
    }

    /** Reads a number written in the national format. */
    public static Optional<CertificateNumber> parse(String text) {
        Matcher m = FORMAT.matcher(text);
        if (!m.matches()) {
            return Optional.empty();
        }
        Kind kind = m.group(4).equals(Kind.TITLE.text()) ? Kind.TITLE : Kind.PROOF;
        long number = Long.parseLong(m.group(5));
        return number < 1
                ? Optional.empty()
                : Optional.of(
                        new CertificateNumber(m.group(1), Integer.parseInt(m.group(2)), m.group(3), kind, number));
    }

    @Override
    public String toString() {
        return series() + "第" + String.format("%07d", number) + "号";
    }

    private static String province(String county) {
        if (!county.startsWith("33")) {
            throw new IllegalArgumentException("county " + county + " is not in Zhejiang");
        }
        return "浙";
    }

    private static String office(String county) {
        var row = CodeTables.counties()
                .row(county)
                .orElseThrow(() -> new IllegalArgumentException("county " + county + " is not in the code table"));
        String name = row.get(0);
        return name.endsWith("区") ? row.get(1) : name;
    }
}
