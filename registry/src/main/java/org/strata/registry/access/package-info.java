/** Who is asking: actors and their roles. */
package org.strata.registry.access;
