/** The embedded store: one SQLite database file in a folder, durable, needing no server, and its 3D grid. */
package org.strata.data.embedded;
