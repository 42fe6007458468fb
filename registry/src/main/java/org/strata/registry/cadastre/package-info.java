/** The natural status of real estate: parcels (宗地), buildings (幢) with floors (层), and units (户). */
package org.strata.registry.cadastre;
