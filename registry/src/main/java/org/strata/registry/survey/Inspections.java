package org.strata.registry.survey;

import java.security.SecureRandom;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.UUID;
import org.strata.registry.actor.Actor;

/**
 * Third-party quality inspection: a random draw of packages and inspectors whose seed and population are stored
 * so that replaying it gives the same draw, inspection results graded from their error counts, and a credit
 * event for every failed inspection.
 */
public final class Inspections {
    private final SurveyStore store;
    private final SurveyRoles roles;
    private final Clock clock;

    /** Inspections over the store. */
    public Inspections(SurveyStore store, SurveyRoles roles, Clock clock) {
        this.store = store;
        this.roles = roles;
        this.clock = clock;
    }

    /**
     * Draws packages among the stored current versions and an inspector for each.
     *
     * @param seed the seed, or empty for a fresh random one (stored either way)
     */
    public InspectionDraw draw(Actor actor, Optional<Long> seed, int packages, List<String> inspectorPool) {
        roles.requireOfficer(actor);
        if (inspectorPool.isEmpty()) {
            throw SurveyException.invalid("missing-inspectors", "a draw needs at least one inspector");
        }
        List<String> population = store.packages().stream()
                .filter(p -> p.status() != PackageStatus.SUPERSEDED)
                .map(SurveyPackage::id)
                .toList();
        if (packages < 1 || packages > population.size()) {
            throw SurveyException.invalid(
                    "invalid-sample", "draw between 1 and " + population.size() + " packages, not " + packages);
        }
        long s = seed.orElseGet(() -> new SecureRandom().nextLong());
        Drawn drawn = drawn(s, population, inspectorPool, packages);
        InspectionDraw draw = new InspectionDraw(
                UUID.randomUUID().toString(),
                s,
                population,
                inspectorPool,
                drawn.packages,
                drawn.inspectors,
                actor.subject(),
                clock.instant());
        store.addDraw(draw);
        return draw;
    }

    /** A stored draw. */
    public InspectionDraw get(Actor actor, String id) {
        roles.requireStaff(actor);
        // staff first, then the record: nobody else learns which draws exist
        return store.draw(id).orElseThrow(() -> SurveyException.notFound("draw", id));
    }

    /** The draw made again from its stored seed and population. */
    public InspectionDraw replay(Actor actor, String id) {
        InspectionDraw d = get(actor, id);
        Drawn again =
                drawn(d.seed(), d.population(), d.inspectorPool(), d.packages().size());
        return new InspectionDraw(
                d.id(),
                d.seed(),
                d.population(),
                d.inspectorPool(),
                again.packages,
                again.inspectors,
                d.drawnBy(),
                d.drawnAt());
    }

    /** Records an inspection result; a failed one writes a credit event for the package's firm. */
    public Inspection inspect(
            Actor actor, String drawId, String packageId, int checkPoints, int grossErrors, int errors) {
        InspectionDraw d = get(actor, drawId);
        int index = d.packages().indexOf(packageId);
        if (index < 0) {
            throw SurveyException.invalid("not-drawn", "package " + packageId + " was not drawn in " + drawId);
        }
        Inspection inspection;
        try {
            inspection = new Inspection(
                    UUID.randomUUID().toString(),
                    drawId,
                    packageId,
                    d.inspectors().get(index),
                    checkPoints,
                    grossErrors,
                    errors,
                    grade(checkPoints, grossErrors, errors),
                    clock.instant());
        } catch (IllegalArgumentException e) {
            throw SurveyException.invalid("invalid-inspection", e.getMessage());
        }
        store.addInspection(inspection);
        if (inspection.grade().equals("fail")) {
            SurveyPackage p = store.surveyPackage(packageId).orElseThrow();
            Commission c = store.commission(p.commissionId()).orElseThrow();
            store.addCredit(new CreditEvent(
                    UUID.randomUUID().toString(),
                    c.firmId(),
                    CreditKind.FAILED_INSPECTION,
                    "inspection " + inspection.id(),
                    "package " + packageId + " failed inspection: " + grossErrors + " gross and " + errors
                            + " errors in " + checkPoints + " check points",
                    actor.subject(),
                    inspection.at()));
        }
        return inspection;
    }

    /** The inspections of a draw. */
    public List<Inspection> inspections(Actor actor, String drawId) {
        get(actor, drawId);
        return store.inspections(drawId);
    }

    /** The grade: any gross error fails; otherwise by the share of check points beyond tolerance. */
    static String grade(int checkPoints, int grossErrors, int errors) {
        double share = (double) errors / checkPoints;
        if (grossErrors > 0 || share > 0.2) {
            return "fail";
        }
        return share <= 0.05 ? "excellent" : share <= 0.1 ? "good" : "pass";
    }

    private static Drawn drawn(long seed, List<String> population, List<String> pool, int n) {
        Random random = new Random(seed);
        List<String> packages = new ArrayList<>(population);
        Collections.shuffle(packages, random);
        List<String> inspectors = new ArrayList<>(pool);
        Collections.shuffle(inspectors, random);
        List<String> assigned = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            assigned.add(inspectors.get(i % inspectors.size()));
        }
        return new Drawn(List.copyOf(packages.subList(0, n)), assigned);
    }

    private record Drawn(List<String> packages, List<String> inspectors) {}
}
