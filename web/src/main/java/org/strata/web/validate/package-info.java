/** {@code strata validate}: reading solids from files (TetGen, OFF, OBJ, CityJSON) and reporting their validity. */
package org.strata.web.validate;
