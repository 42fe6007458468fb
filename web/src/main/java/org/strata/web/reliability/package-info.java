/** Reliability tools anyone can run: the crash test (kill under load, restart, check), the soak and backups. */
package org.strata.web.reliability;
