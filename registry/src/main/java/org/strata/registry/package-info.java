/** The registry domain: units and their codes, parties, rights, and the ports to storage and identity. */
package org.strata.registry;
