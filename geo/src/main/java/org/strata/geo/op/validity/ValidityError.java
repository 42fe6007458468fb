package org.strata.geo.op.validity;

/**
 * One validity error with val3dity's number.
 *
 * @param code the val3dity code (101 ... 904)
 * @param where which shell and face it concerns, for people (e.g. "shell 0, face 5")
 * @param message what is wrong
 */
public record ValidityError(int code, String where, String message) {}
