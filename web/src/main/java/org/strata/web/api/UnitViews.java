package org.strata.web.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import java.util.Map;

/**
 * The typed answers of a unit lookup: the whole register entry for officers and holders ({@link Full}), natural
 * status and flags for the public tier, with holders' names and restriction kinds for the interested tier
 * ({@link Disclosed}). The lookup's tier, purpose and receipt close each answer (absent inside other documents).
 */
public final class UnitViews {
    private UnitViews() {}

    /** Which register the answer reads: current, as of a time, or valid at a time. */
    public record ViewTime(String kind, @JsonInclude(JsonInclude.Include.NON_NULL) String at) {}

    /** The unit's right: its type and nature, the event that made its holders holders, and the holders. */
    public record Right(String rightType, String rightNature, String eventId, List<CaseViews.Party> holders) {}

    /** The restrictions in force, by kind. */
    public record Restrictions(
            List<CaseViews.Restriction> mortgages,
            CaseViews.Restriction seizure,
            List<CaseViews.Restriction> waitingSeizures,
            List<CaseViews.Restriction> advanceNotices,
            List<CaseViews.Restriction> objections,
            List<CaseViews.Restriction> easements,
            List<CaseViews.Restriction> residenceRights) {}

    /** What the restrictions amount to, at a glance. */
    public record Flags(boolean coOwned, boolean mortgaged, boolean advanceNotice, boolean objection, boolean seized) {}

    /** The whole register entry of a unit. */
    public record Full(
            String unitCode,
            ViewTime view,
            boolean registered,
            boolean cancelled,
            Map<String, String> naturalStatus,
            List<CaseViews.Party> holders,
            List<Right> rights,
            Restrictions restrictions,
            Flags flags,
            int eventCount,
            @JsonInclude(JsonInclude.Include.NON_NULL) String tier,
            @JsonInclude(JsonInclude.Include.NON_NULL) String purpose,
            @JsonInclude(JsonInclude.Include.NON_NULL) String receipt) {
        /** The entry closed with the lookup's tier, purpose and receipt. */
        Full answering(String tier, String purpose, String receipt) {
            return new Full(
                    unitCode,
                    view,
                    registered,
                    cancelled,
                    naturalStatus,
                    holders,
                    rights,
                    restrictions,
                    flags,
                    eventCount,
                    tier,
                    purpose,
                    receipt);
        }
    }

    /** A holder's name, all the interested tier sees of a holder. */
    public record Name(String name) {}

    /** A kind of restriction in force, all the interested tier sees of it. */
    public record Kind(String type) {}

    /** A unit as the public and interested tiers see it: nothing about people or amounts beyond names and kinds. */
    public record Disclosed(
            String unitCode,
            ViewTime view,
            Map<String, String> naturalStatus,
            Map<String, Boolean> flags,
            @JsonInclude(JsonInclude.Include.NON_NULL) List<Name> holders,
            @JsonInclude(JsonInclude.Include.NON_NULL) List<Kind> restrictions,
            String tier,
            String purpose,
            String receipt) {}

    /** The units of the signed-in holder. */
    public record MyUnits(List<Full> units) {}
}
