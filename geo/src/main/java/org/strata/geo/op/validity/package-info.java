/** Validation of polyhedral solids with val3dity's error codes and default tolerances, hierarchical as val3dity is. */
package org.strata.geo.op.validity;
