package org.strata.geo.model;

import java.util.List;

/**
 * A closed surface of faces bounding a solid (outer shell) or a cavity in it (inner shell).
 *
 * @param faces the faces
 */
public record Shell(List<Face> faces) {
    /** Copies the faces. */
    public Shell {
        faces = List.copyOf(faces);
    }
}
