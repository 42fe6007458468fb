package org.strata.geo.model;

/** A closed region of space in EPSG:4549 plan coordinates and 1985-datum heights: a prism or a stepped prism. */
public sealed interface Volume permits Prism, SteppedPrism {
    /** The axis-aligned box around the volume (open heights are infinite). */
    Box3 box();
}
