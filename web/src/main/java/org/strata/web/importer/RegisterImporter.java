package org.strata.web.importer;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.LongConsumer;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.index.strtree.STRtree;
import org.strata.geo.model.GridBox;
import org.strata.geo.model.Prism;
import org.strata.registry.actor.Actor;
import org.strata.registry.actor.Role;
import org.strata.registry.cadastre.Parcel;
import org.strata.registry.cadastre.RegisteredVolume;
import org.strata.registry.cases.Application;
import org.strata.registry.cases.ApplicationChecks;
import org.strata.registry.cases.CaseException;
import org.strata.registry.cases.Finding;
import org.strata.registry.cases.RegisterImport;
import org.strata.registry.cases.RegisterStore;
import org.strata.registry.cases.SpaceRules;
import org.strata.registry.cases.rules.RuleBook;
import org.strata.registry.port.CadastreStore;
import org.strata.registry.port.FeatureKind;
import org.strata.registry.register.UnitStateFolder;
import org.strata.registry.unit.UnitCode;

/**
 * Checks the rows of an import as a first registration would be checked — the application (parties, shares,
 * details), the rules with legal effect, the unit's layer and stated area, and the 3D rule that exclusive
 * construction-land use rights share no interior volume, against each other and against the store — and then loads
 * them: each county's units and their first registrations, as events of its chain naming the import as their case, in
 * one transaction. Rows that break a rule are {@link Reject}s; nothing is written while any
 * remain unless they are to be left out.
 */
final class RegisterImporter {
    private final CadastreStore cadastre;
    private final RegisterStore register;
    private final SpaceRules space;
    private final RuleBook rules = new RuleBook();
    private final Clock clock;

    RegisterImporter(CadastreStore cadastre, RegisterStore register, double groundMetres, Clock clock) {
        this.cadastre = cadastre;
        this.register = register;
        this.space = new SpaceRules(cadastre, groundMetres);
        this.clock = clock;
    }

    /** A row's own checks: the application as a case would check it, the rules, its layer and area. */
    ImportRow check(ImportRow row) {
        Application checked;
        try {
            checked = ApplicationChecks.check(row.application());
        } catch (CaseException e) {
            throw new RowRejected(e.code(), e.getMessage());
        }
        Instant now = clock.instant();
        List<Finding> findings = new ArrayList<>(
                rules.check(checked, UnitStateFolder.current(checked.unitCode(), List.of(), now), List.of()));
        findings.addAll(space.parcelAlone(row.parcel()));
        for (Finding f : findings) {
            if (f.blocks()) {
                throw new RowRejected(f.code(), f.message());
            }
        }
        return new ImportRow(row.row(), row.parcel(), checked);
    }

    /**
     * The rejects among rows that each passed their own checks: a unit code twice in the file or already in the
     * store, and volumes sharing interior with another row's or a registered one.
     */
    List<Reject> crossCheck(List<ImportRow> rows, LongConsumer progress) {
        List<Reject> rejects = new ArrayList<>();
        Set<UnitCode> seen = new HashSet<>();
        STRtree index = new STRtree();
        for (ImportRow r : rows) {
            if (SpaceRules.exclusive(r.parcel().unitCode())) {
                GridBox b = r.parcel().footprint().box();
                index.insert(new Envelope(b.minEasting(), b.maxEasting(), b.minNorthing(), b.maxNorthing()), r);
            }
        }
        boolean storeHoldsParcels = cadastre.count(FeatureKind.PARCEL) > 0;
        long done = 0;
        for (ImportRow r : rows) {
            Parcel p = r.parcel();
            UnitCode code = p.unitCode();
            if (!seen.add(code)) {
                rejects.add(new Reject(r.row(), "duplicate-unit", code + " is in the file more than once"));
            } else if (storeHoldsParcels && cadastre.parcel(code).isPresent()) {
                rejects.add(new Reject(r.row(), "unit-exists", code + " is already in the register"));
            } else {
                overlap(r, index, storeHoldsParcels).ifPresent(rejects::add);
            }
            if (++done % 1000 == 0) {
                progress.accept(done);
            }
        }
        progress.accept(done);
        return rejects;
    }

    private Optional<Reject> overlap(ImportRow r, STRtree index, boolean againstStore) {
        Parcel p = r.parcel();
        if (!SpaceRules.exclusive(p.unitCode())) {
            return Optional.empty();
        }
        GridBox b = p.footprint().box();
        List<RegisteredVolume> near = new ArrayList<>();
        for (Object o : index.query(new Envelope(b.minEasting(), b.maxEasting(), b.minNorthing(), b.maxNorthing()))) {
            Parcel other = ((ImportRow) o).parcel();
            near.add(new RegisteredVolume(
                    other.unitCode(), RegisteredVolume.Kind.PARCEL, new Prism(other.footprint(), other.heights())));
        }
        if (againstStore) {
            near.addAll(cadastre.volumesNear(b, p.heights()));
        }
        return SpaceRules.overlaps(p, near).stream().findFirst().map(f -> new Reject(r.row(), f.code(), f.message()));
    }

    /**
     * Writes the rows: each county's units and their first registrations in one transaction, so a county is loaded
     * whole or not at all.
     *
     * @param batch the case id the events name
     */
    int load(List<ImportRow> rows, String batch, LongConsumer progress) {
        List<Application> applications = new ArrayList<>();
        Set<String> counties = new HashSet<>();
        for (ImportRow r : rows) {
            applications.add(r.application());
            counties.add(r.application().county());
        }
        Actor importer = new Actor("import", "Register import", Role.OFFICER, List.copyOf(counties), Optional.empty());
        return new RegisterImport(register, cadastre, clock)
                .importNewUnits(importer, batch, applications, progress::accept);
    }
}
