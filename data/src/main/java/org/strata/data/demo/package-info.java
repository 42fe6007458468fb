/** A deterministic generator of a synthetic pilot area in Xihu district, Hangzhou, for demos, tests and benchmarks. */
package org.strata.data.demo;
