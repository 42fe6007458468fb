/** Parties (persons and organisations) and the checks on their identity document numbers. */
package org.strata.registry.party;
