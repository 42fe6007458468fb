/** Coordinates, reference systems, 2D footprints and height ranges: geometry values and operations, no domain. */
package org.strata.geo;
