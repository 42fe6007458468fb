package org.strata.web.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonUnwrapped;
import java.util.List;
import java.util.Map;

/** The typed response bodies of the case workflow and the register book, serialised field by field as declared. */
public final class CaseViews {
    private CaseViews() {}

    /** A case: its application, findings, steps and, once recorded, its event and certificate. */
    public record Case(
            String id,
            String status,
            String type,
            String unitCode,
            List<Party> parties,
            Map<String, String> details,
            @JsonInclude(JsonInclude.Include.NON_NULL) NewUnit unit,
            List<Finding> findings,
            List<Step> steps,
            String eventId,
            String certificateNo) {}

    /** A case's move to a new status. */
    public record Transition(String id, String status, String eventId, String certificateNo) {}

    /** A case as submitted: its id, status and the rules' findings. */
    public record Submitted(String id, String status, List<Finding> findings) {}

    /** A party of an application or event. */
    public record Party(String role, String name, String idType, String idNumber, String share) {}

    /** A step of a case: who did what, when, and what it established (a deadline, the rules' version…). */
    public record Step(
            String step,
            String by,
            String at,
            String note,
            @JsonInclude(JsonInclude.Include.NON_EMPTY) Map<String, String> facts) {}

    /** A finding of the rules; an overlap finding carries the overlapping volume. */
    public record Finding(
            String code,
            String severity,
            String unitCode,
            String eventId,
            String message,
            @JsonUnwrapped Overlap overlap) {}

    /**
     * The overlap of a refused volume.
     *
     * @param overlapVolume cubic metres, null when the overlap is unbounded
     * @param overlapUnbounded whether the volumes overlap without end (open bounds)
     */
    public record Overlap(Double overlapVolume, boolean overlapUnbounded) {}

    /** The unit a first registration brings: its volume's bounds and measures, and its areas. */
    public record NewUnit(
            String kind,
            Double lower,
            Double upper,
            Double volumeCubicMetres,
            double planAreaSquareMetres,
            double statedAreaSquareMetres,
            @JsonUnwrapped BuildingPart building) {}

    /** What a building unit adds to a new unit. */
    public record BuildingPart(
            String buildingCode,
            int floor,
            String room,
            String use,
            String useName,
            double buildingAreaSquareMetres,
            double innerAreaSquareMetres) {}

    /** A registered event of the hash-chained register. */
    public record Event(
            String id,
            long sequence,
            String type,
            int registrationTypeCode,
            int subtype,
            String caseId,
            String officer,
            String recordedAt,
            String validFrom,
            String ends,
            String corrects,
            List<Party> parties,
            Map<String, String> details,
            String previousHash,
            String hash) {}

    /** A restriction in force on a unit. */
    public record Restriction(
            String eventId,
            String type,
            int subtype,
            int rank,
            String since,
            String lapsesAt,
            List<Party> parties,
            Map<String, String> details) {}

    /** A recorded query: who asked about which unit, in which tier and for what purpose, and what was disclosed. */
    public record Query(
            String receipt,
            String asker,
            String role,
            String tier,
            String purpose,
            String unitCode,
            String at,
            List<String> disclosed) {}

    /** The result of verifying the register's hash chains. */
    public record ChainReport(boolean intact, long eventsChecked, List<String> counties, BrokenLink firstBroken) {}

    /** The first broken link of a chain. */
    public record BrokenLink(String county, long sequence, String eventId, String reason) {}
}
