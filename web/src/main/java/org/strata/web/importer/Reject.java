package org.strata.web.importer;

/**
 * A feature of an import file that cannot be registered.
 *
 * @param row the feature's place in the file, from 1
 * @param rule the stable code of the rule it breaks, e.g. {@code invalid-unit-code}, {@code volume-overlap}
 * @param message what is wrong, naming the field or the other unit
 */
public record Reject(long row, String rule, String message) {}
