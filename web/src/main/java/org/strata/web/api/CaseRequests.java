package org.strata.web.api;

import static org.strata.web.http.Requests.orEmpty;
import static org.strata.web.http.Requests.required;

import org.strata.web.http.ApiException;
import org.strata.web.http.Requests.Validated;

/** The request bodies of the case workflow besides the application itself ({@link CaseApplication}). */
final class CaseRequests {
    private CaseRequests() {}

    /** {@code POST /api/v1/cases/{id}/review}: approve or reject, with a reason (required to reject). */
    record Review(String decision, String reason) implements Validated {
        @Override
        public void validate() {
            if (!"approve".equals(decision) && !"reject".equals(decision)) {
                throw ApiException.badRequest(
                        "invalid-decision", "decision must be approve or reject, not '" + decision + "'");
            }
        }

        boolean approves() {
            return "approve".equals(decision);
        }

        String reasonOrEmpty() {
            return orEmpty(reason);
        }
    }

    /** {@code POST /api/v1/cases/{id}/record}: {@code approve} accepts and approves a submitted case first. */
    record Record(Boolean approve) implements Validated {
        @Override
        public void validate() {
            // approve is optional: absent means the case must already be approved
        }

        boolean approves() {
            return Boolean.TRUE.equals(approve);
        }
    }

    /** {@code POST /api/v1/interests}: an officer accepts an interested party's evidence for some days. */
    record Interest(String subject, String unitCode, String evidence, Integer days) implements Validated {
        @Override
        public void validate() {
            required("subject", subject);
            required("unitCode", unitCode);
        }

        int daysOrDefault() {
            return days == null ? 30 : days;
        }

        String evidenceOrEmpty() {
            return orEmpty(evidence);
        }
    }
}
