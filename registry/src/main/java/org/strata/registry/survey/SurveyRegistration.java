package org.strata.registry.survey;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.UUID;
import org.strata.geo.model.Footprint;
import org.strata.registry.actor.Actor;
import org.strata.registry.actor.Role;
import org.strata.registry.cadastre.LandUse;
import org.strata.registry.cadastre.Parcel;
import org.strata.registry.cases.Application;
import org.strata.registry.cases.CaseException;
import org.strata.registry.cases.CaseService;
import org.strata.registry.cases.DetailKeys;
import org.strata.registry.cases.NewUnit;
import org.strata.registry.cases.RegistrationCase;
import org.strata.registry.port.CadastreStore;
import org.strata.registry.register.RegistrationType;
import org.strata.registry.unit.UnitCode;

/**
 * Registration's reuse of merged survey results: a first registration of a parcel surveyed at land supply reuses
 * that parcel survey after checking it again ("review and reuse", recorded on the original part), and an accepted
 * completion package puts its buildings into the cadastre and opens a pre-filled first-registration case for every
 * unit, with its as-built volume and areas — the applicant uploads nothing.
 */
public final class SurveyRegistration implements AcceptanceListener {
    /** The case detail naming where a case came from. */
    public static final String ORIGIN = "origin";

    private final SurveyStore store;
    private final PackageReader reader;
    private final RuleSet rules;
    private final CaseService cases;
    private final CadastreStore cadastre;
    private final Clock clock;

    /** Reuse over the survey store, the case workflow and the cadastre. */
    public SurveyRegistration(
            SurveyStore store,
            PackageReader reader,
            RuleSet rules,
            CaseService cases,
            CadastreStore cadastre,
            Clock clock) {
        this.store = store;
        this.reader = reader;
        this.rules = rules;
        this.cases = cases;
        this.cadastre = cadastre;
        this.clock = clock;
    }

    /**
     * Submits a case; a first registration of a parcel not in the cadastre but surveyed in an accepted land-supply
     * package takes the parcel from that survey once its boundary points and area pass again.
     *
     * @throws SurveyException REJECTED when the reused survey fails its checks
     */
    public RegistrationCase submit(Actor officer, Application a) {
        DetailKeys.requireClientKeys(a);
        boolean candidate = a.type() == RegistrationType.FIRST
                && a.unitCode().isLandUnit()
                && a.newUnit().isEmpty()
                && cadastre.parcel(a.unitCode()).isEmpty();
        Optional<ParcelSurvey> found = candidate ? parcelSurvey(a.unitCode()) : Optional.empty();
        if (found.isEmpty()) {
            return cases.submit(officer, a);
        }
        ParcelSurvey s = found.get();
        List<CheckResult> checks = ReuseChecks.run(s.context(), s.parcel().code(), rules, clock);
        CheckReport report = new CheckReport(
                UUID.randomUUID().toString(),
                s.context().commission().id(),
                Optional.of(s.packageId()),
                officer.subject(),
                clock.instant(),
                rules.label(),
                s.sha256(),
                checks);
        if (report.rejects()) {
            throw new SurveyException(
                    SurveyException.Kind.REJECTED,
                    "reuse-checks-failed",
                    "the parcel survey of " + a.unitCode() + " in package " + s.packageId()
                            + " fails its checks; ask for a new version",
                    report);
        }
        SurveyData.SurveyedParcel p = s.parcel();
        Parcel parcel = new Parcel(
                a.unitCode(),
                Footprint.ofEpsg4549(p.boundary()),
                p.heights(),
                p.statedAreaSquareMetres(),
                LandUse.ofCode(p.landUse())
                        .orElseThrow(() -> new SurveyException(
                                SurveyException.Kind.INVALID,
                                "unknown-land-use",
                                "the parcel survey of " + a.unitCode() + " gives land use '" + p.landUse()
                                        + "', not a GB/T 21010-2017 class")),
                p.location());
        Map<String, String> details = new TreeMap<>(a.details());
        details.put(ORIGIN, "survey-reuse");
        details.put("surveyPackage", s.packageId());
        details.put("surveyPart", s.partPath());
        details.put("attachments", "0");
        RegistrationCase c = cases.submit(
                officer,
                new Application(
                        a.type(),
                        a.unitCode(),
                        a.parties(),
                        new TreeMap<>(details),
                        Optional.of(new NewUnit(Optional.of(parcel), Optional.empty()))));
        store.addEntry(new PackageEntry(
                UUID.randomUUID().toString(),
                s.packageId(),
                EntryKind.REUSE,
                Department.REGISTRATION.wireName(),
                s.partPath(),
                "reused",
                "case " + c.id() + " for " + a.unitCode() + "; checks: " + summary(checks),
                officer.subject(),
                clock.instant()));
        return c;
    }

    /**
     * Records a case; when it is the first registration of land whose completion package had to wait for it, the
     * package's pre-filled cases are opened now.
     */
    public RegistrationCase record(Actor officer, String id, boolean acceptAndApprove) {
        RegistrationCase recorded = cases.record(officer, id, acceptAndApprove);
        Application a = recorded.application();
        if (a.type() != RegistrationType.FIRST || !a.unitCode().isLandUnit()) {
            return recorded;
        }
        String parcel = a.unitCode().parcel().toString();
        // only the deferred entries are read: every first registration of land asks, so it must not read them all
        for (PackageEntry e : store.entries(EntryKind.CASE, "deferred")) {
            if (!List.of(e.subject().split(",")).contains(parcel)) {
                continue;
            }
            SurveyPackage p = store.surveyPackage(e.packageId()).orElseThrow();
            boolean opened = store.entries(p.id()).stream()
                    .anyMatch(x -> x.kind() == EntryKind.CASE && x.decision().equals("opened"));
            if (p.status() == PackageStatus.ACCEPTED && !opened) {
                accepted(p, reader.read(store.packageBytes(p.id()), rules));
            }
        }
        return recorded;
    }

    /** Opens the pre-filled cases when a completion package is accepted. */
    @Override
    public void accepted(SurveyPackage accepted, PackageContents contents) {
        if (accepted.stage() != Stage.COMPLETION) {
            return;
        }
        Project project = store.project(accepted.projectCode()).orElseThrow();
        SurveyData data = SurveyData.of(contents);
        List<String> unregistered = data.buildings().stream()
                .map(b -> b.code().substring(0, Math.min(19, b.code().length())))
                .distinct()
                .filter(p -> cadastre.parcel(UnitCode.parse(p + "W00000000")).isEmpty())
                .toList();
        if (!unregistered.isEmpty()) {
            store.addEntry(new PackageEntry(
                    UUID.randomUUID().toString(),
                    accepted.id(),
                    EntryKind.CASE,
                    Department.REGISTRATION.wireName(),
                    String.join(",", unregistered),
                    "deferred",
                    "no case opened: the land of " + unregistered + " is not registered yet; register it first",
                    "strata",
                    clock.instant()));
            return;
        }
        CompletionCases.open(accepted, project, data, cases, cadastre, clock)
                .forEach(c -> store.addEntry(new PackageEntry(
                        UUID.randomUUID().toString(),
                        accepted.id(),
                        EntryKind.CASE,
                        Department.REGISTRATION.wireName(),
                        c.id(),
                        "opened",
                        "first registration of " + c.application().unitCode(),
                        "strata",
                        clock.instant())));
    }

    /** The cases opened from accepted completion packages that the officer may see. */
    public List<RegistrationCase> surveyCases(Actor officer) {
        if (officer.role() != Role.OFFICER) {
            throw SurveyException.forbidden("officer-required", "only an officer may list cases");
        }
        List<RegistrationCase> out = new ArrayList<>();
        for (PackageEntry e : store.entries(EntryKind.CASE, "opened")) {
            try {
                out.add(cases.get(officer, e.subject()));
            } catch (org.strata.registry.actor.AccessException | CaseException ignored) {
                // a case of another county, or not visible to this officer
            }
        }
        return out;
    }

    private Optional<ParcelSurvey> parcelSurvey(UnitCode code) {
        String parcelCode = code.parcel().toString();
        for (Commission c : store.commissions()) {
            if (c.stage() != Stage.LAND_SUPPLY
                    || !store.project(c.projectCode())
                            .orElseThrow()
                            .parcelCodes()
                            .contains(parcelCode)) {
                continue;
            }
            Optional<SurveyPackage> p = store.packagesOf(c.id()).stream()
                    .filter(x -> x.status() == PackageStatus.ACCEPTED)
                    .reduce((a, b) -> b);
            if (p.isEmpty()) {
                continue;
            }
            PackageContents contents = reader.read(store.packageBytes(p.get().id()), rules);
            SurveyData data = SurveyData.of(contents);
            Optional<SurveyData.SurveyedParcel> parcel = data.parcels().stream()
                    .filter(x -> x.code().equals(parcelCode))
                    .findFirst();
            if (parcel.isEmpty()) {
                continue;
            }
            String part = contents.manifest().partsOf(PartKind.PARCELS).get(0).path();
            CheckContext context = new CheckContext(
                    c,
                    store.project(c.projectCode()).orElseThrow(),
                    store.firm(c.firmId()).orElseThrow(),
                    contents,
                    data,
                    Optional.empty(),
                    List.of(),
                    rules);
            return Optional.of(new ParcelSurvey(p.get().id(), p.get().sha256(), part, parcel.get(), context));
        }
        return Optional.empty();
    }

    private static String summary(List<CheckResult> checks) {
        return checks.isEmpty()
                ? "boundary points and area pass"
                : checks.stream()
                        .map(r -> r.severity().wireName() + " " + r.rule())
                        .toList()
                        .toString();
    }

    static LocalDate today(Clock clock) {
        return LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC);
    }

    private record ParcelSurvey(
            String packageId, String sha256, String partPath, SurveyData.SurveyedParcel parcel, CheckContext context) {}
}
