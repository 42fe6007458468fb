package org.strata.web.ogc;

import java.util.List;
import java.util.Map;

/**
 * The bytes a page of features may take: features are added while the page's estimated JSON size stays within
 * the budget (the first always), so no page grows past the budget by more than one feature (itself at most
 * about 1 MB: 10,000 vertices), whatever the limit asked for; the rest follow by the page's next link.
 */
final class PageBudget {
    /** The bytes of one page of features. */
    static final long PAGE_BYTES = 8L << 20;

    private final long budget;
    private long used;
    private int features;

    PageBudget(long budget) {
        this.budget = budget;
    }

    /** A budget of {@link #PAGE_BYTES}. */
    static PageBudget standard() {
        return new PageBudget(PAGE_BYTES);
    }

    /** Whether the feature fits the page; counts it when it does. */
    boolean admits(Map<String, Object> feature) {
        long size = estimate(feature);
        if (features > 0 && used + size > budget) {
            return false;
        }
        used += size;
        features++;
        return true;
    }

    /** The estimated bytes taken so far. */
    long used() {
        return used;
    }

    /** An upper estimate of the JSON bytes of a value: numbers at 24 bytes, texts as UTF-8 (≤3 per char). */
    static long estimate(Object value) {
        if (value == null || value instanceof Boolean) {
            return 6;
        }
        if (value instanceof Number) {
            return 24;
        }
        if (value instanceof CharSequence s) {
            return 3L * s.length() + 3;
        }
        if (value instanceof Map<?, ?> map) {
            long sum = 2;
            for (Map.Entry<?, ?> e : map.entrySet()) {
                sum += estimate(String.valueOf(e.getKey())) + 1 + estimate(e.getValue()) + 1;
            }
            return sum;
        }
        if (value instanceof List<?> list) {
            long sum = 2;
            for (Object item : list) {
                sum += estimate(item) + 1;
            }
            return sum;
        }
        if (value instanceof double[] array) {
            return 2 + 25L * array.length;
        }
        if (value instanceof Object[] array) {
            return estimate(java.util.Arrays.asList(array));
        }
        return 3L * String.valueOf(value).length() + 3;
    }
}
