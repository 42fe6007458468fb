/** The PostGIS store, the production back end. */
package org.strata.data.postgis;
