package org.strata.registry.right;

import java.math.BigInteger;

/**
 * A holder's share of a right: a reduced fraction in (0, 1] for ownership by shares (按份共有, e.g. 1/2), or
 * {@link #JOINT} for joint ownership (共同共有, Civil Code art. 299), where the holders have no shares and dispose
 * of the right only together.
 *
 * @param numerator the numerator, at least 1
 * @param denominator the denominator, at least the numerator
 * @param joint whether the right is held jointly (then 1/1, and every holder holds it jointly)
 */
public record Share(long numerator, long denominator, boolean joint) {
    /** The whole right. */
    public static final Share WHOLE = new Share(1, 1);
    /** A joint holder's part: no share of its own. */
    public static final Share JOINT = new Share(1, 1, true);
    /** How a joint share is written. */
    public static final String JOINT_TEXT = "joint";

    /** A share by fraction. */
    public Share(long numerator, long denominator) {
        this(numerator, denominator, false);
    }

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
        if (joint && numerator != denominator) {
            throw new IllegalArgumentException("a joint holder has no fraction of the right");
        }
        long g = gcd(numerator, denominator);
        numerator /= g;
        denominator /= g;
    }

    /** Parses {@code "n/d"}, {@code "1"} or {@code "joint"}. */
    public static Share parse(String text) {
        if (text == null || text.isBlank()) {
            throw new IllegalArgumentException("share is missing");
        }
        if (text.trim().equals(JOINT_TEXT)) {
            return JOINT;
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
        BigInteger[] total = sum(shares);
        return total[0].equals(total[1]);
    }

    /** Whether two sets of shares add up to the same amount. */
    public static boolean sameSum(Iterable<Share> a, Iterable<Share> b) {
        BigInteger[] x = sum(a);
        BigInteger[] y = sum(b);
        return x[0].multiply(y[1]).equals(y[0].multiply(x[1]));
    }

    /** Whether the given shares add up to at most 1. */
    public static boolean atMostWhole(Iterable<Share> shares) {
        BigInteger[] total = sum(shares);
        return total[0].compareTo(total[1]) <= 0;
    }

    /** This share and another of the same holder together. */
    public Share plus(Share other) {
        if (joint || other.joint) {
            throw new IllegalArgumentException("joint holders have no shares to add");
        }
        BigInteger[] total = sum(java.util.List.of(this, other));
        return new Share(total[0].longValueExact(), total[1].longValueExact());
    }

    private static BigInteger[] sum(Iterable<Share> shares) {
        BigInteger num = BigInteger.ZERO;
        BigInteger den = BigInteger.ONE;
        for (Share s : shares) {
            BigInteger d = BigInteger.valueOf(s.denominator);
            num = num.multiply(d).add(BigInteger.valueOf(s.numerator).multiply(den));
            den = den.multiply(d);
            BigInteger g = num.gcd(den);
            num = num.divide(g);
            den = den.divide(g);
        }
        return new BigInteger[] {num, den};
    }

    private static long gcd(long a, long b) {
        return b == 0 ? a : gcd(b, a % b);
    }

    @Override
    public String toString() {
        return joint ? JOINT_TEXT : numerator + "/" + denominator;
    }
}
