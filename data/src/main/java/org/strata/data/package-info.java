/** Adapters behind the registry's ports: the PostGIS and embedded stores, the demo identity provider and demo data. */
package org.strata.data;
