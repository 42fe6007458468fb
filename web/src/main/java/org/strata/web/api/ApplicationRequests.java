package org.strata.web.api;

import static org.strata.web.http.Requests.orEmpty;
import static org.strata.web.http.Requests.required;

import java.util.Map;
import java.util.TreeMap;
import org.strata.web.http.ApiException;
import org.strata.web.http.Requests.Validated;

/** The request bodies of online applications besides the application itself ({@link CaseApplication}). */
final class ApplicationRequests {
    private ApplicationRequests() {}

    /** A decision that may carry a reason: decline, withdraw, accept, approve, record. */
    record Note(String reason) implements Validated {
        @Override
        public void validate() {
            // the reason is optional here; the use case says when one is required
        }

        String reasonOrEmpty() {
            return orEmpty(reason);
        }
    }

    /** A decision that states its reason: not accepting, refusing. */
    record Reasoned(String reason) implements Validated {
        @Override
        public void validate() {
            required("reason", reason);
        }
    }

    /** An officer's correction request: everything that is missing, at once. */
    record CorrectionRequest(String missing) implements Validated {
        @Override
        public void validate() {
            required("missing", missing);
        }
    }

    /** The applicant's answer to a correction request: details to add or replace, and a note. */
    record Correction(Map<String, String> details, String note) implements Validated {
        @Override
        public void validate() {
            if ((details == null || details.isEmpty()) && (note == null || note.isBlank())) {
                throw ApiException.badRequest(
                        "missing-details", "a correction gives the details asked for, or a note saying what was done");
            }
        }

        Map<String, String> detailsOrEmpty() {
            return details == null ? Map.of() : new TreeMap<>(details);
        }
    }
}
