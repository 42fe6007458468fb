package org.strata.web.survey;

import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import java.util.LinkedHashMap;
import java.util.Map;
import org.strata.registry.survey.SurveyException;

/** Maps merged-survey failures once: 400, 403, 404, 409, or 422 with the check report of a rejected package. */
public final class SurveyErrors implements ExceptionMapper<SurveyException> {
    @Override
    public Response toResponse(SurveyException e) {
        int status =
                switch (e.kind()) {
                    case INVALID -> 400;
                    case FORBIDDEN -> 403;
                    case NOT_FOUND -> 404;
                    case CONFLICT -> 409;
                    case REJECTED -> 422;
                };
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("status", status);
        body.put("code", e.code());
        body.put("message", e.getMessage());
        e.report().ifPresent(r -> body.put("report", SurveyJson.report(r)));
        return Response.status(status)
                .type(MediaType.APPLICATION_JSON_TYPE)
                .entity(body)
                .build();
    }
}
