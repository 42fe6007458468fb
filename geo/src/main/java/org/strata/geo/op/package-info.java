/** Operations on volumes: exact interior overlap with its volume, containment, measures. */
package org.strata.geo.op;
