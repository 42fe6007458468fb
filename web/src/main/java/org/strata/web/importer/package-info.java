/** {@code strata import}: bulk loading of an existing register from GeoJSON, GeoJSONSeq or GeoPackage. */
package org.strata.web.importer;
