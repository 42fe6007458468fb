package org.strata.geo.model;

/** A closed region of space in EPSG:4549 plan coordinates and 1985-datum heights: a prism, a stepped prism, or a polyhedron. */
public sealed interface Volume permits Prism, SteppedPrism, Polyhedron {
    /** The axis-aligned box around the volume (open heights are infinite). */
    Box3 box();
}
