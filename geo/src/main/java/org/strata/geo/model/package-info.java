/** Immutable geometry values: footprints, height ranges and boxes, each saying its CRS and unit. */
package org.strata.geo.model;
