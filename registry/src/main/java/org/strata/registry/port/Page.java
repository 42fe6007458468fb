package org.strata.registry.port;

import java.util.List;

/**
 * One page of a query's answer and how many features matched in all.
 *
 * @param items the features of this page
 * @param numberMatched how many features match the query in all pages
 * @param <T> the feature type
 */
public record Page<T>(List<T> items, long numberMatched) {
    /** Copies the list. */
    public Page {
        items = List.copyOf(items);
        if (numberMatched < items.size()) {
            throw new IllegalArgumentException(
                    "numberMatched " + numberMatched + " is below the page size " + items.size());
        }
    }
}
