package org.strata.registry.survey;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.strata.registry.actor.Actor;

/**
 * Department views: projections of a project's accepted packages onto the parts of the items a department
 * consumes (never copies), every read logged on the package, and each department's review decision per item.
 */
public final class SurveySharing {
    private final SurveyStore store;
    private final PackageReader reader;
    private final SurveyRoles roles;
    private final Clock clock;

    /** Sharing over the store. */
    public SurveySharing(SurveyStore store, PackageReader reader, SurveyRoles roles, Clock clock) {
        this.store = store;
        this.reader = reader;
        this.roles = roles;
        this.clock = clock;
    }

    /** What a department sees of a project: per accepted package, its parts for the department and its reviews. */
    public List<DepartmentResult> results(Actor actor, Department department, String projectCode, String purpose) {
        roles.requireDepartment(actor, department);
        store.project(projectCode).orElseThrow(() -> SurveyException.notFound("project", projectCode));
        List<DepartmentResult> out = new ArrayList<>();
        for (Commission c : store.commissions()) {
            if (!c.projectCode().equals(projectCode)) {
                continue;
            }
            Optional<SurveyPackage> accepted = store.packagesOf(c.id()).stream()
                    .filter(p -> p.status() == PackageStatus.ACCEPTED)
                    .reduce((a, b) -> b);
            if (accepted.isEmpty() || accepted.get().partsFor(department).isEmpty()) {
                continue;
            }
            SurveyPackage p = accepted.get();
            log(actor, p, department, "parts", purpose);
            List<PackageEntry> reviews = store.entries(p.id()).stream()
                    .filter(e -> e.kind() == EntryKind.REVIEW && e.department().equals(department.wireName()))
                    .toList();
            List<SurveyItem> items = c.items().stream()
                    .filter(i -> i.consumers().contains(department))
                    .toList();
            out.add(new DepartmentResult(p, items, p.partsFor(department), reviews));
        }
        return out;
    }

    /** The bytes of one part, for a department that consumes one of its items; the read is logged. */
    public byte[] part(Actor actor, Department department, String packageId, String path, String purpose) {
        roles.requireDepartment(actor, department);
        SurveyPackage p = accepted(packageId);
        ManifestPart part = p.partsFor(department).stream()
                .filter(x -> x.path().equals(path))
                .findFirst()
                .orElseThrow(() -> SurveyException.forbidden(
                        "part-not-shared",
                        "part " + path + " of package " + packageId + " is not shared with " + department.wireName()));
        log(actor, p, department, part.path(), purpose);
        return reader.entry(store.packageBytes(packageId), part.path());
    }

    /** Records a department's review decision on an item of an accepted package. */
    public PackageEntry review(
            Actor actor, Department department, String packageId, SurveyItem item, String decision, String comment) {
        roles.requireDepartment(actor, department);
        SurveyPackage p = accepted(packageId);
        if (!item.consumers().contains(department)) {
            throw SurveyException.forbidden(
                    "item-not-shared", "item " + item.wireName() + " is not reviewed by " + department.wireName());
        }
        if (p.parts().stream().noneMatch(x -> x.items().contains(item))) {
            throw SurveyException.invalid(
                    "item-not-in-package", "package " + packageId + " has no item " + item.wireName());
        }
        if (!decision.equals("approved") && !decision.equals("returned")) {
            throw SurveyException.invalid(
                    "invalid-decision", "decision must be approved or returned, not '" + decision + "'");
        }
        if (decision.equals("returned") && (comment == null || comment.isBlank())) {
            throw SurveyException.invalid("missing-comment", "a returned item states why");
        }
        PackageEntry e = new PackageEntry(
                UUID.randomUUID().toString(),
                packageId,
                EntryKind.REVIEW,
                department.wireName(),
                item.wireName(),
                decision,
                comment == null ? "" : comment,
                actor.subject(),
                clock.instant());
        store.addEntry(e);
        return e;
    }

    /** The read log of a package, for staff. */
    public List<PackageEntry> entries(Actor actor, String packageId) {
        roles.requireStaff(actor);
        store.surveyPackage(packageId).orElseThrow(() -> SurveyException.notFound("package", packageId));
        return store.entries(packageId);
    }

    private SurveyPackage accepted(String packageId) {
        SurveyPackage p =
                store.surveyPackage(packageId).orElseThrow(() -> SurveyException.notFound("package", packageId));
        if (p.status() != PackageStatus.ACCEPTED) {
            throw new SurveyException(
                    SurveyException.Kind.CONFLICT,
                    "package-not-accepted",
                    "package " + packageId + " is " + p.status().wireName() + "; only accepted packages are shared");
        }
        return p;
    }

    private void log(Actor actor, SurveyPackage p, Department department, String what, String purpose) {
        if (purpose == null || purpose.isBlank()) {
            throw SurveyException.invalid("missing-purpose", "a department read states its purpose");
        }
        store.addEntry(new PackageEntry(
                UUID.randomUUID().toString(),
                p.id(),
                EntryKind.READ,
                department.wireName(),
                what,
                "read",
                purpose,
                actor.subject(),
                clock.instant()));
    }

    /**
     * One accepted package as a department sees it.
     *
     * @param surveyPackage the package
     * @param items the items the department consumes
     * @param parts the parts of those items
     * @param reviews the department's review decisions so far
     */
    public record DepartmentResult(
            SurveyPackage surveyPackage,
            List<SurveyItem> items,
            List<ManifestPart> parts,
            List<PackageEntry> reviews) {}
}
