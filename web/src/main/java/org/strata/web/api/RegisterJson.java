package org.strata.web.api;

import java.util.List;
import org.strata.registry.access.DisclosedUnit;
import org.strata.registry.access.QueryRecord;
import org.strata.registry.cases.CaseStep;
import org.strata.registry.cases.Finding;
import org.strata.registry.cases.RegistrationCase;
import org.strata.registry.register.ChainReport;
import org.strata.registry.register.RegisterEvent;
import org.strata.registry.register.RegisteredParty;
import org.strata.registry.register.Restriction;
import org.strata.registry.register.UnitState;

/** The JSON shapes of cases, events, unit states and chain reports, for officers. */
final class RegisterJson {
    private RegisterJson() {}

    static CaseViews.Case registrationCase(RegistrationCase c) {
        return new CaseViews.Case(
                c.id(),
                c.status().wireName(),
                c.application().type().wireName(),
                c.application().unitCode().toString(),
                parties(c.application().parties()),
                c.application().details(),
                c.application().newUnit().map(RegisterJson::newUnit).orElse(null),
                findings(c.findings()),
                c.steps().stream().map(RegisterJson::step).toList(),
                c.eventId().orElse(null),
                c.certificateNo().orElse(null));
    }

    /** The unit a first registration brings: its volume's bounds and measures, and its areas. */
    static CaseViews.NewUnit newUnit(org.strata.registry.cases.NewUnit u) {
        org.strata.geo.model.Volume v = u.parcel()
                .<org.strata.geo.model.Volume>map(p -> p.volume())
                .orElseGet(() -> u.buildingUnit().orElseThrow().volume());
        double cubic = org.strata.geo.op.VolumeOp.volume(v);
        return new CaseViews.NewUnit(
                u.parcel().isPresent() ? "parcel" : "building-unit",
                v.box().heights().bottomOrNull(),
                v.box().heights().topOrNull(),
                Double.isFinite(cubic) ? Math.round(cubic * 1000) / 1000.0 : null,
                Math.round(org.strata.geo.op.VolumeOp.planArea(v) * 1000) / 1000.0,
                u.statedAreaSquareMetres(),
                u.buildingUnit()
                        .map(b -> new CaseViews.BuildingPart(
                                b.buildingCode().toString(),
                                b.floorNumber(),
                                b.room(),
                                b.use().code(),
                                b.use().name(),
                                b.buildingAreaSquareMetres(),
                                b.innerAreaSquareMetres()))
                        .orElse(null));
    }

    static CaseViews.Transition transition(RegistrationCase c) {
        return new CaseViews.Transition(
                c.id(),
                c.status().wireName(),
                c.eventId().orElse(null),
                c.certificateNo().orElse(null));
    }

    static List<CaseViews.Finding> findings(List<Finding> findings) {
        return findings.stream()
                .map(f -> new CaseViews.Finding(
                        f.code(),
                        f.severity().name().toLowerCase(java.util.Locale.ROOT),
                        f.unitCode().toString(),
                        f.eventId().orElse(null),
                        f.message(),
                        f.overlapCubicMetres()
                                .map(v -> new CaseViews.Overlap(
                                        Double.isInfinite(v) ? null : Math.round(v * 1000) / 1000.0,
                                        Double.isInfinite(v)))
                                .orElse(null)))
                .toList();
    }

    static List<CaseViews.Party> parties(List<RegisteredParty> parties) {
        return parties.stream()
                .map(p -> new CaseViews.Party(
                        p.role().wireName(),
                        p.party().name(),
                        p.party().idType().wireName(),
                        p.party().idNumber(),
                        p.share().map(Object::toString).orElse(null)))
                .toList();
    }

    static CaseViews.Event event(RegisterEvent e) {
        return new CaseViews.Event(
                e.id(),
                e.sequence(),
                e.type().wireName(),
                e.type().code(),
                e.subtype(),
                e.caseId(),
                e.officer(),
                e.recordedAt().toString(),
                e.validFrom().toString(),
                e.ends().orElse(null),
                e.corrects().orElse(null),
                parties(e.parties()),
                e.details(),
                e.previousHash(),
                e.hash());
    }

    static UnitViews.Full state(UnitState s, UnitViews.ViewTime view) {
        List<UnitViews.Right> rights = s.ownershipEventId().isPresent()
                ? List.of(new UnitViews.Right(
                        s.naturalStatus().get("rightType"),
                        s.naturalStatus().get("rightNature"),
                        s.ownershipEventId().get(),
                        parties(s.holders())))
                : List.of();
        return new UnitViews.Full(
                s.unitCode().toString(),
                view,
                s.registered(),
                s.cancelled(),
                s.naturalStatus(),
                parties(s.holders()),
                rights,
                new UnitViews.Restrictions(
                        restrictions(s.mortgages()),
                        s.seizure().map(RegisterJson::restriction).orElse(null),
                        restrictions(s.waitingSeizures()),
                        restrictions(s.advanceNotices()),
                        restrictions(s.objections()),
                        restrictions(s.easements()),
                        restrictions(s.residenceRights())),
                new UnitViews.Flags(
                        s.coOwned(),
                        !s.mortgages().isEmpty(),
                        !s.advanceNotices().isEmpty(),
                        !s.objections().isEmpty(),
                        s.seizure().isPresent() || !s.waitingSeizures().isEmpty()),
                s.eventCount(),
                null,
                null,
                null);
    }

    private static List<CaseViews.Restriction> restrictions(List<Restriction> list) {
        return list.stream().map(RegisterJson::restriction).toList();
    }

    private static CaseViews.Restriction restriction(Restriction r) {
        return new CaseViews.Restriction(
                r.eventId(),
                r.type().wireName(),
                r.subtype(),
                r.rank(),
                r.since() == null ? null : r.since().toString(),
                r.lapsesAt().map(Object::toString).orElse(null),
                parties(r.parties()),
                r.details());
    }

    /**
     * A unit as the public tier sees it — natural status and flags, nothing about people or amounts — and, for the
     * interested tier, the holders' names and the kinds of restriction in force.
     */
    static UnitViews.Disclosed publicView(DisclosedUnit unit, UnitViews.ViewTime view, String purpose, String receipt) {
        return new UnitViews.Disclosed(
                unit.unitCode(),
                view,
                unit.naturalStatus(),
                unit.flags(),
                unit.holderNames()
                        .map(names -> names.stream().map(UnitViews.Name::new).toList())
                        .orElse(null),
                unit.restrictionKinds()
                        .map(kinds -> kinds.stream().map(UnitViews.Kind::new).toList())
                        .orElse(null),
                unit.tier().wireName(),
                purpose,
                receipt);
    }

    static CaseViews.Query queryRecord(QueryRecord r) {
        return new CaseViews.Query(
                r.receipt(),
                r.askerName(),
                r.role().wireName(),
                r.tier().wireName(),
                r.purpose().wireName(),
                r.unitCode(),
                r.at().toString(),
                r.disclosed());
    }

    static CaseViews.ChainReport report(ChainReport r) {
        return new CaseViews.ChainReport(
                r.intact(),
                r.eventsChecked(),
                r.counties(),
                r.firstBroken()
                        .map(b -> new CaseViews.BrokenLink(b.county(), b.sequence(), b.eventId(), b.reason()))
                        .orElse(null));
    }

    static CaseViews.Step step(CaseStep s) {
        return new CaseViews.Step(s.step(), s.by(), s.at().toString(), s.note(), s.facts());
    }
}
