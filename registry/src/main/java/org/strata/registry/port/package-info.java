/** Ports: the interfaces through which the registry reaches storage and identity. */
package org.strata.registry.port;
