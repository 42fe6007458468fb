/** Who is asking: the signed-in actor, the roles, and the one check that an officer acts within their counties. */
package org.strata.registry.actor;
