/** The 3D rules of the register: layered rights that may not overlap, units inside their building and parcel, layers that agree with their codes. */
package org.strata.registry.space;
