/** Rights on units and the national right-type and right-nature code tables. */
package org.strata.registry.right;
