/** The embedded store: an H2GIS database in a folder, durable, needing no server. */
package org.strata.data.embedded;
