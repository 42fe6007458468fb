package org.strata.registry.cases;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.strata.registry.cadastre.BuildingUnit;
import org.strata.registry.cadastre.Parcel;
import org.strata.registry.port.CadastreStore;
import org.strata.registry.register.CertificateNumber;
import org.strata.registry.register.RegisterEvent;
import org.strata.registry.register.RegistrationType;
import org.strata.registry.right.RightType;
import org.strata.registry.unit.OwnershipLetter;
import org.strata.registry.unit.UnitCode;

/** Turns an approved case into the next event of its county chain, and numbers certificates and proofs. */
final class EventFactory {
    private static final List<String> CONTROL_DETAILS = List.of("validFrom", "ends", "corrects", "subtype");

    private EventFactory() {}

    /**
     * The event recording a case, carrying in {@code details.certificate} the certificate or proof it issues.
     *
     * @param certificate the number issued, or empty when the type issues none
     * @param fromLand what a building unit's first registration takes from the land it stands on (the land's
     *     right nature and use, 房地一体), empty otherwise
     */
    static RegisterEvent next(
            RegistrationCase c,
            RegisterStore.ChainHead head,
            String officer,
            Instant now,
            List<RegisterEvent> history,
            CadastreStore cadastre,
            Optional<CertificateNumber> certificate,
            Map<String, String> fromLand) {
        Application a = c.application();
        TreeMap<String, String> details = new TreeMap<>(a.details());
        certificate.ifPresent(n -> details.put("certificate", n.toString()));
        fromLand.forEach(details::putIfAbsent);
        if (!details.equals(a.details())) {
            a = new Application(a.type(), a.unitCode(), a.parties(), details, a.newUnit());
        }
        return next(c.id(), a, head, officer, now, history, cadastre);
    }

    static RegisterEvent next(
            String caseId,
            Application a,
            RegisterStore.ChainHead head,
            String officer,
            Instant now,
            List<RegisterEvent> history,
            CadastreStore cadastre) {
        long sequence = head.sequence() + 1;
        String id = RegisterEvent.idOf(a.county(), sequence);
        TreeMap<String, String> details = new TreeMap<>(a.details());
        CONTROL_DETAILS.forEach(details::remove);
        if (a.type() == RegistrationType.FIRST) {
            naturalStatus(a, cadastre).forEach(details::putIfAbsent);
        }
        Instant validFrom =
                a.detail("validFrom").map(ApplicationChecks::instantOrDate).orElse(now);
        if (a.type() == RegistrationType.CORRECTION && a.detail("validFrom").isEmpty()) {
            String target = a.detail("corrects").orElseThrow();
            validFrom = history.stream()
                    .filter(e -> e.id().equals(target))
                    .findFirst()
                    .map(RegisterEvent::validFrom)
                    .orElse(validFrom);
        }
        int subtype = a.detail("subtype").map(Integer::parseInt).orElse(defaultSubtype(a.type()));
        RegisterEvent unhashed = new RegisterEvent(
                id,
                a.county(),
                sequence,
                a.unitCode(),
                a.type(),
                subtype,
                caseId,
                officer,
                now,
                validFrom,
                a.parties(),
                details,
                a.detail("ends"),
                a.detail("corrects"),
                head.hash(),
                "");
        return unhashed.hashed();
    }

    private static int defaultSubtype(RegistrationType type) {
        return switch (type) {
            case SEIZURE, MORTGAGE -> 1;
            default -> 0;
        };
    }

    /** The natural status a first registration records, from the new unit or the cadastre. */
    private static TreeMap<String, String> naturalStatus(Application a, CadastreStore cadastre) {
        TreeMap<String, String> status = new TreeMap<>();
        UnitCode code = a.unitCode();
        boolean state = code.parcel().ownership() == OwnershipLetter.G;
        Optional<Parcel> parcel = a.newUnit()
                .flatMap(NewUnit::parcel)
                .or(() -> code.isLandUnit() ? cadastre.parcel(code) : Optional.empty());
        Optional<BuildingUnit> unit = a.newUnit()
                .flatMap(NewUnit::buildingUnit)
                .or(() -> code.isLandUnit() ? Optional.empty() : cadastre.unit(code));
        parcel.ifPresent(p -> {
            status.put("statedArea", decimal(p.statedAreaSquareMetres()));
            status.put("use", p.landUse().code());
            status.put("location", p.location());
            status.put(
                    "rightType",
                    Integer.toString(
                            (state ? RightType.STATE_CONSTRUCTION_LAND_USE : RightType.COLLECTIVE_CONSTRUCTION_LAND_USE)
                                    .code()));
        });
        unit.ifPresent(u -> {
            status.put("statedArea", decimal(u.buildingAreaSquareMetres()));
            status.put("innerArea", decimal(u.innerAreaSquareMetres()));
            status.put("use", u.use().code());
            status.put("location", "room " + u.room() + ", floor " + u.floorNumber());
            status.put(
                    "rightType",
                    Integer.toString((state
                                    ? RightType.STATE_CONSTRUCTION_LAND_USE_AND_BUILDING
                                    : RightType.COLLECTIVE_CONSTRUCTION_LAND_USE_AND_BUILDING)
                            .code()));
        });
        return status; // the right nature is stated by the application, or taken from the land (房地一体), never assumed
    }

    private static String decimal(double value) {
        return java.math.BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
    }
}
