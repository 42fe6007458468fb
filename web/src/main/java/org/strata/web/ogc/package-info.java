/** OGC API - Features Part 1 (Core, GeoJSON, HTML) and Part 2 (CRS by reference) over the cadastre. */
package org.strata.web.ogc;
