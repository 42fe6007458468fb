/** Readers of solid geometry files: TetGen .poly, .off and .obj (bytes in, values out). */
package org.strata.geo.io;
