package org.strata.registry.survey;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * A stored random draw of packages and inspectors for third-party quality inspection; the seed and the
 * population it drew from replay the same draw.
 *
 * @param id the draw id
 * @param seed the random seed
 * @param population the ids of the packages it drew from, in the order drawn from
 * @param inspectorPool the inspectors it drew from
 * @param packages the packages drawn
 * @param inspectors the inspectors drawn, one per drawn package
 * @param drawnBy who drew
 * @param drawnAt when
 */
public record InspectionDraw(
        String id,
        long seed,
        List<String> population,
        List<String> inspectorPool,
        List<String> packages,
        List<String> inspectors,
        String drawnBy,
        Instant drawnAt) {
    /** Copies the lists. */
    public InspectionDraw {
        Checks.text(id, "id");
        population = List.copyOf(population);
        inspectorPool = List.copyOf(inspectorPool);
        packages = List.copyOf(packages);
        inspectors = List.copyOf(inspectors);
        Checks.text(drawnBy, "drawnBy");
        Objects.requireNonNull(drawnAt, "drawnAt");
    }
}
