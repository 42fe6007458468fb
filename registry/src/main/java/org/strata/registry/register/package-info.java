/**
 * The register book (登记簿) as an append-only chain of events per county: each event is immutable,
 * carries its registration time and legal validity start, and the hash of the event before it; the state
 * of a unit is derived from its events as registered at, or as legally valid at, any time.
 */
package org.strata.registry.register;
