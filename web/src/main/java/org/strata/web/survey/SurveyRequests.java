package org.strata.web.survey;

import static org.strata.web.http.Requests.list;
import static org.strata.web.http.Requests.orEmpty;
import static org.strata.web.http.Requests.parsed;
import static org.strata.web.http.Requests.required;
import static org.strata.web.http.Requests.valid;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;
import java.util.Optional;
import org.strata.registry.survey.CreditKind;
import org.strata.registry.survey.Firm;
import org.strata.registry.survey.Project;
import org.strata.registry.survey.Stage;
import org.strata.registry.survey.SurveyItem;
import org.strata.web.http.Requests.Validated;

/** The request bodies of the merged-surveying API, one record each with its validator. */
final class SurveyRequests {
    private SurveyRequests() {}

    /** {@code POST /api/v1/projects}. */
    record NewProject(
            String code,
            String name,
            String county,
            String builderName,
            String builderId,
            List<String> parcelCodes,
            List<String> permits)
            implements Validated {
        @Override
        public void validate() {
            required("code", code);
            required("name", name);
            required("county", county);
            required("builderName", builderName);
            required("builderId", builderId);
        }

        Project project() {
            return valid(
                    "project",
                    () -> new Project(code, name, county, builderName, builderId, list(parcelCodes), list(permits)));
        }
    }

    /** {@code POST /api/v1/firms}. */
    record NewFirm(String id, String name, String qualification, List<String> surveyors) implements Validated {
        @Override
        public void validate() {
            required("id", id);
            required("name", name);
            required("qualification", qualification);
        }

        Firm firm() {
            return valid("firm", () -> new Firm(id, name, qualification, list(surveyors)));
        }
    }

    /** {@code POST /api/v1/firms/{id}/credit}. */
    record NewCredit(String kind, String reference, String evidence) implements Validated {
        @Override
        public void validate() {
            creditKind();
            required("evidence", evidence);
        }

        CreditKind creditKind() {
            return parsed("kind", required("kind", kind), CreditKind::ofWireName);
        }

        String referenceOrEmpty() {
            return orEmpty(reference);
        }
    }

    /** {@code POST /api/v1/commissions}. */
    record NewCommission(String projectCode, String stage, String firm, List<String> items) implements Validated {
        @Override
        public void validate() {
            stageValue();
            required("projectCode", projectCode);
            required("firm", firm);
            itemValues();
        }

        Stage stageValue() {
            return parsed("stage", required("stage", stage), Stage::ofWireName);
        }

        List<SurveyItem> itemValues() {
            return list(items).stream()
                    .map(i -> parsed("items", i, SurveyItem::ofWireName))
                    .toList();
        }
    }

    /** {@code POST /api/v1/packages/{id}/waivers}. */
    record Waiver(String rule, String reason) implements Validated {
        @Override
        public void validate() {
            required("rule", rule);
            required("reason", reason);
        }
    }

    /** {@code POST /api/v1/departments/{dept}/reviews}. */
    record Review(@JsonProperty("package") String packageId, String item, String decision, String comment)
            implements Validated {
        @Override
        public void validate() {
            itemValue();
            required("package", packageId);
            required("decision", decision);
        }

        SurveyItem itemValue() {
            return parsed("item", required("item", item), SurveyItem::ofWireName);
        }

        String commentOrEmpty() {
            return orEmpty(comment);
        }
    }

    /** {@code POST /api/v1/inspections/draws}: the seed is optional (a new one is drawn). */
    record NewDraw(Integer packages, List<String> inspectors, String seed) implements Validated {
        @Override
        public void validate() {
            required("packages", packages);
            seedValue();
        }

        Optional<Long> seedValue() {
            return seed == null ? Optional.empty() : Optional.of(parsed("seed", seed, Long::parseLong));
        }
    }

    /** {@code POST /api/v1/inspections/draws/{id}/results}. */
    record Result(@JsonProperty("package") String packageId, Integer checkPoints, Integer grossErrors, Integer errors)
            implements Validated {
        @Override
        public void validate() {
            required("package", packageId);
            required("checkPoints", checkPoints);
            required("grossErrors", grossErrors);
            required("errors", errors);
        }
    }
}
