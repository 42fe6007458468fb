/** Coordinate reference systems, axis order and transforms; the only package that touches Apache SIS. */
package org.strata.geo.crs;
