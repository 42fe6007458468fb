/**
 * Online registration (一网通办): applications filed by the parties themselves, each party's consent (意愿核实), the
 * lifecycle from intake to certificate with its statutory time limits, and the verification model that records
 * standard cases (mortgages, advance notices) with no officer when the rules and the shared data agree.
 */
package org.strata.registry.online;
