/**
 * 3D Tiles 1.1 for registered volumes: the quadtree of grid cells each volume belongs to, geodetic to Earth-centred
 * coordinates, and the triangles and property table of a tile's content
 * (written as glTF by the web module).
 */
package org.strata.geo.tiles3d;
