/** The rules with legal effect, one class each, with the explanation shown to applicants. */
package org.strata.registry.cases.rules;
