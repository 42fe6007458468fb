package org.strata.registry.right;

import java.math.BigInteger;

/**
 * A holder's share of a right as a reduced fraction in (0, 1], e.g. 1/2.
 *
 * @param numerator the numerator, at least 1
 * @param denominator the denominator, at least the numerator
 */
public record Share(long numerator, long denominator) {
    /** The whole right. */
    public static final Share WHOLE = new Share(1, 1);

    /** The largest numerator or denominator a share is written with: shares are kept to a millionth. */
    public static final long MAX_TERM = 1_000_000;

    /** Checks the range and reduces the fraction. */
    public Share {
        if (numerator < 1 || denominator < 1 || numerator > denominator) {
            throw new IllegalArgumentException("share " + numerator + "/" + denominator + " must lie in (0, 1]");
        }
        if (denominator > MAX_TERM) {
            throw new IllegalArgumentException("share " + numerator + "/" + denominator
                    + " is finer than a millionth: write it with numbers up to " + MAX_TERM);
        }
        long g = gcd(numerator, denominator);
        numerator /= g;
        denominator /= g;
    }

    /** Parses {@code "n/d"} or {@code "1"}. */
    public static Share parse(String text) {
        if (text == null || text.isBlank()) {
            throw new IllegalArgumentException("share is missing");
        }
        if (text.length() > 32) {
            throw new IllegalArgumentException("share is not a fraction like 1/2");
        }
        String[] parts = text.trim().split("/", -1);
        try {
            if (parts.length == 1) {
                return new Share(Long.parseLong(parts[0]), 1);
            }
            if (parts.length == 2) {
                return new Share(Long.parseLong(parts[0].trim()), Long.parseLong(parts[1].trim()));
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new IllegalArgumentException("share '" + text + "' is not a fraction like 1/2");
    }

    /** Whether the given shares add up to exactly 1. */
    public static boolean addUpToWhole(Iterable<Share> shares) {
        BigInteger num = BigInteger.ZERO;
        BigInteger den = BigInteger.ONE;
        for (Share s : shares) {
            BigInteger d = BigInteger.valueOf(s.denominator);
            num = num.multiply(d).add(BigInteger.valueOf(s.numerator).multiply(den));
            den = den.multiply(d);
        }
        return num.equals(den);
    }

    private static long gcd(long a, long b) {
        return b == 0 ? a : gcd(b, a % b);
    }

    @Override
    public String toString() {
        return numerator + "/" + denominator;
    }
}
