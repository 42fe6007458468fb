package org.strata.geo.op;

import java.util.List;
import org.strata.geo.model.Point3;
import org.strata.geo.model.Shell;

/** Whether a closed shell is convex: every vertex lies on the inner side of every face plane. */
public final class ConvexityOp {
    private ConvexityOp() {}

    /** Whether the shell is convex, within {@code tolerance} metres. */
    public static boolean isConvex(Shell shell, double tolerance) {
        List<List<Point3>> faces = ConvexClip.faces(shell);
        for (List<Point3> face : faces) {
            for (List<Point3> other : faces) {
                for (Point3 p : other) {
                    if (!ConvexClip.contains(List.of(face), p, tolerance)) {
                        return false;
                    }
                }
            }
        }
        return true;
    }
}
