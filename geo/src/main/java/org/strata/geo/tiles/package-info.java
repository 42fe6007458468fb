/** Tile matrix sets (OGC Two Dimensional Tile Matrix Set 2.0) and the bounds of their tiles. */
package org.strata.geo.tiles;
