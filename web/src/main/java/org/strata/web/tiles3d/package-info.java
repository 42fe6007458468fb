/** 3D Tiles 1.1 of the registered volumes: the tileset of the volume quadtree and its glTF tile content. */
package org.strata.web.tiles3d;
