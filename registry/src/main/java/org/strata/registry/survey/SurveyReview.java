package org.strata.registry.survey;

import java.time.Clock;
import java.util.Set;
import java.util.UUID;
import org.strata.registry.actor.Actor;

/**
 * What department reviewers do with a package that awaits them: waive its open warnings, each with a reason, the
 * package accepted (and registration told) when none is left open.
 */
public final class SurveyReview {
    private final SurveyStore store;
    private final PackageReader reader;
    private final RuleSet rules;
    private final SurveyRoles roles;
    private final Clock clock;
    private final AcceptanceListener listener;

    /** The use case over its store, reader, rule set, roles and clock, telling {@code listener} of acceptances. */
    public SurveyReview(
            SurveyStore store,
            PackageReader reader,
            RuleSet rules,
            SurveyRoles roles,
            Clock clock,
            AcceptanceListener listener) {
        this.store = store;
        this.reader = reader;
        this.rules = rules;
        this.roles = roles;
        this.clock = clock;
        this.listener = listener;
    }

    /** A reviewer waives a warning of a package; when none is left open the package is accepted. */
    public SurveyPackage waive(Actor actor, String packageId, String rule, String reason) {
        roles.requireStaff(actor);
        Department department = roles.department(actor)
                .orElseThrow(() ->
                        SurveyException.forbidden("department-required", actor.subject() + " works for no department"));
        SurveyPackage p =
                store.surveyPackage(packageId).orElseThrow(() -> SurveyException.notFound("package", packageId));
        if (reason == null || reason.isBlank()) {
            throw SurveyException.invalid("missing-reason", "a waiver states its reason");
        }
        Set<String> open = openWarnings(p);
        if (!open.contains(rule)) {
            throw new SurveyException(
                    SurveyException.Kind.CONFLICT,
                    "no-open-warning",
                    "package " + packageId + " has no open warning " + rule + "; open: " + open);
        }
        store.addEntry(new PackageEntry(
                UUID.randomUUID().toString(),
                packageId,
                EntryKind.WAIVER,
                department.wireName(),
                rule,
                "waived",
                reason,
                actor.subject(),
                clock.instant()));
        if (openWarnings(p).isEmpty() && p.status() == PackageStatus.AWAITING_WAIVER) {
            store.setStatus(packageId, PackageStatus.ACCEPTED);
            SurveyPackage accepted = store.surveyPackage(packageId).orElseThrow();
            listener.accepted(accepted, reader.read(store.packageBytes(packageId), rules));
            return accepted;
        }
        return store.surveyPackage(packageId).orElseThrow();
    }

    /** The rules of a package's warnings neither commented nor waived. */
    public Set<String> openWarnings(SurveyPackage p) {
        return OpenWarnings.of(store, p);
    }
}
