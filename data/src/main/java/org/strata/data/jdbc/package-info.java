/** The JDBC implementation of the cadastre store shared by the PostGIS and embedded (SQLite) adapters. */
package org.strata.data.jdbc;
