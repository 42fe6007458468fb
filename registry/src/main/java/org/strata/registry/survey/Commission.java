package org.strata.registry.survey;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * The one commission of a project's stage to one firm, with the merged items commissioned.
 *
 * @param id the commission id
 * @param projectCode the project
 * @param stage the stage
 * @param firmId the commissioned firm
 * @param items the items commissioned, all of the stage
 * @param registeredAt when the commission was registered
 * @param registeredBy who registered it
 */
public record Commission(
        String id,
        String projectCode,
        Stage stage,
        String firmId,
        List<SurveyItem> items,
        Instant registeredAt,
        String registeredBy) {
    /** Checks that the items belong to the stage. */
    public Commission {
        Checks.text(id, "id");
        Checks.text(projectCode, "projectCode");
        Objects.requireNonNull(stage, "stage");
        Checks.text(firmId, "firmId");
        items = List.copyOf(items);
        if (items.isEmpty()) {
            throw new IllegalArgumentException("a commission names at least one item");
        }
        for (SurveyItem i : items) {
            if (i.stage() != stage) {
                throw new IllegalArgumentException("item " + i.wireName() + " belongs to stage "
                        + i.stage().wireName() + ", not " + stage.wireName());
            }
        }
        Objects.requireNonNull(registeredAt, "registeredAt");
        Checks.text(registeredBy, "registeredBy");
    }
}
