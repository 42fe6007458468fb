/** The JDBC implementation of the cadastre store shared by the PostGIS and embedded (H2GIS) adapters. */
package org.strata.data.jdbc;
