package org.strata.web.api;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
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

    static Map<String, Object> registrationCase(RegistrationCase c) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", c.id());
        m.put("status", c.status().wireName());
        m.put("type", c.application().type().wireName());
        m.put("unitCode", c.application().unitCode().toString());
        m.put("parties", parties(c.application().parties()));
        m.put("details", c.application().details());
        c.application().newUnit().ifPresent(u -> m.put("unit", newUnit(u)));
        m.put("findings", findings(c.findings()));
        m.put("steps", c.steps().stream().map(RegisterJson::step).toList());
        m.put("eventId", c.eventId().orElse(null));
        m.put("certificateNo", c.certificateNo().orElse(null));
        return m;
    }

    /** The unit a first registration brings: its volume's bounds and measures, and its areas. */
    static Map<String, Object> newUnit(org.strata.registry.cases.NewUnit u) {
        Map<String, Object> m = new LinkedHashMap<>();
        org.strata.geo.model.Volume v = u.parcel()
                .<org.strata.geo.model.Volume>map(p -> p.volume())
                .orElseGet(() -> u.buildingUnit().orElseThrow().volume());
        m.put("kind", u.parcel().isPresent() ? "parcel" : "building-unit");
        m.put("lower", v.box().heights().bottomOrNull());
        m.put("upper", v.box().heights().topOrNull());
        double cubic = org.strata.geo.op.VolumeOp.volume(v);
        m.put("volumeCubicMetres", Double.isFinite(cubic) ? Math.round(cubic * 1000) / 1000.0 : null);
        m.put("planAreaSquareMetres", Math.round(org.strata.geo.op.VolumeOp.planArea(v) * 1000) / 1000.0);
        m.put("statedAreaSquareMetres", u.statedAreaSquareMetres());
        u.buildingUnit().ifPresent(b -> {
            m.put("buildingCode", b.buildingCode().toString());
            m.put("floor", b.floorNumber());
            m.put("room", b.room());
            m.put("use", b.use().code());
            m.put("useName", b.use().name());
            m.put("buildingAreaSquareMetres", b.buildingAreaSquareMetres());
            m.put("innerAreaSquareMetres", b.innerAreaSquareMetres());
        });
        return m;
    }

    static Map<String, Object> transition(RegistrationCase c) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", c.id());
        m.put("status", c.status().wireName());
        m.put("eventId", c.eventId().orElse(null));
        m.put("certificateNo", c.certificateNo().orElse(null));
        return m;
    }

    static List<Map<String, Object>> findings(List<Finding> findings) {
        return findings.stream()
                .map(f -> {
                    Map<String, Object> m = new LinkedHashMap<>();
                    m.put("code", f.code());
                    m.put("severity", f.severity().name().toLowerCase(java.util.Locale.ROOT));
                    m.put("unitCode", f.unitCode().toString());
                    m.put("eventId", f.eventId().orElse(null));
                    m.put("message", f.message());
                    f.overlapCubicMetres().ifPresent(v -> {
                        m.put("overlapVolume", Double.isInfinite(v) ? null : Math.round(v * 1000) / 1000.0);
                        m.put("overlapUnbounded", Double.isInfinite(v));
                    });
                    return m;
                })
                .toList();
    }

    static List<Map<String, Object>> parties(List<RegisteredParty> parties) {
        return parties.stream()
                .map(p -> {
                    Map<String, Object> m = new LinkedHashMap<>();
                    m.put("role", p.role().wireName());
                    m.put("name", p.party().name());
                    m.put("idType", p.party().idType().wireName());
                    m.put("idNumber", p.party().idNumber());
                    m.put("share", p.share().map(Object::toString).orElse(null));
                    return m;
                })
                .toList();
    }

    static Map<String, Object> event(RegisterEvent e) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", e.id());
        m.put("sequence", e.sequence());
        m.put("type", e.type().wireName());
        m.put("registrationTypeCode", e.type().code());
        m.put("subtype", e.subtype());
        m.put("caseId", e.caseId());
        m.put("officer", e.officer());
        m.put("recordedAt", e.recordedAt().toString());
        m.put("validFrom", e.validFrom().toString());
        m.put("ends", e.ends().orElse(null));
        m.put("corrects", e.corrects().orElse(null));
        m.put("parties", parties(e.parties()));
        m.put("details", e.details());
        m.put("previousHash", e.previousHash());
        m.put("hash", e.hash());
        return m;
    }

    static Map<String, Object> state(UnitState s, Map<String, Object> view) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("unitCode", s.unitCode().toString());
        m.put("view", view);
        m.put("registered", s.registered());
        m.put("cancelled", s.cancelled());
        m.put("naturalStatus", s.naturalStatus());
        m.put("holders", parties(s.holders()));
        Map<String, Object> right = new LinkedHashMap<>();
        right.put("rightType", s.naturalStatus().get("rightType"));
        right.put("rightNature", s.naturalStatus().get("rightNature"));
        right.put("eventId", s.ownershipEventId().orElse(null));
        right.put("holders", parties(s.holders()));
        m.put("rights", s.ownershipEventId().isPresent() ? List.of(right) : List.of());
        Map<String, Object> restrictions = new LinkedHashMap<>();
        restrictions.put("mortgages", restrictions(s.mortgages()));
        restrictions.put("seizure", s.seizure().map(RegisterJson::restriction).orElse(null));
        restrictions.put("waitingSeizures", restrictions(s.waitingSeizures()));
        restrictions.put("advanceNotices", restrictions(s.advanceNotices()));
        restrictions.put("objections", restrictions(s.objections()));
        restrictions.put("easements", restrictions(s.easements()));
        restrictions.put("residenceRights", restrictions(s.residenceRights()));
        m.put("restrictions", restrictions);
        Map<String, Object> flags = new LinkedHashMap<>();
        flags.put("coOwned", s.coOwned());
        flags.put("mortgaged", !s.mortgages().isEmpty());
        flags.put("advanceNotice", !s.advanceNotices().isEmpty());
        flags.put("objection", !s.objections().isEmpty());
        flags.put("seized", s.seizure().isPresent() || !s.waitingSeizures().isEmpty());
        m.put("flags", flags);
        m.put("eventCount", s.eventCount());
        return m;
    }

    private static List<Map<String, Object>> restrictions(List<Restriction> list) {
        return list.stream().map(RegisterJson::restriction).toList();
    }

    private static Map<String, Object> restriction(Restriction r) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("eventId", r.eventId());
        m.put("type", r.type().wireName());
        m.put("subtype", r.subtype());
        m.put("rank", r.rank());
        m.put("since", r.since() == null ? null : r.since().toString());
        m.put("lapsesAt", r.lapsesAt().map(Object::toString).orElse(null));
        m.put("parties", parties(r.parties()));
        m.put("details", r.details());
        return m;
    }

    /**
     * A unit as the public tier sees it — natural status and flags, nothing about people or amounts — and, for the
     * interested tier, the holders' names and the kinds of restriction in force.
     */
    static Map<String, Object> publicView(DisclosedUnit unit, Map<String, Object> view) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("unitCode", unit.unitCode());
        m.put("view", view);
        m.put("naturalStatus", unit.naturalStatus());
        m.put("flags", unit.flags());
        unit.holderNames()
                .ifPresent(names -> m.put(
                        "holders", names.stream().map(n -> Map.of("name", n)).toList()));
        unit.restrictionKinds()
                .ifPresent(kinds -> m.put(
                        "restrictions",
                        kinds.stream().map(k -> Map.of("type", k)).toList()));
        return m;
    }

    static Map<String, Object> queryRecord(QueryRecord r) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("receipt", r.receipt());
        m.put("asker", r.askerName());
        m.put("role", r.role().wireName());
        m.put("tier", r.tier().wireName());
        m.put("purpose", r.purpose().wireName());
        m.put("unitCode", r.unitCode());
        m.put("at", r.at().toString());
        m.put("disclosed", r.disclosed());
        return m;
    }

    static Map<String, Object> report(ChainReport r) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("intact", r.intact());
        m.put("eventsChecked", r.eventsChecked());
        m.put("counties", r.counties());
        m.put(
                "firstBroken",
                r.firstBroken()
                        .map(b -> {
                            Map<String, Object> link = new LinkedHashMap<>();
                            link.put("county", b.county());
                            link.put("sequence", b.sequence());
                            link.put("eventId", b.eventId());
                            link.put("reason", b.reason());
                            return link;
                        })
                        .orElse(null));
        return m;
    }

    private static Map<String, Object> step(CaseStep s) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("step", s.step());
        m.put("by", s.by());
        m.put("at", s.at().toString());
        m.put("note", s.note());
        return m;
    }
}
