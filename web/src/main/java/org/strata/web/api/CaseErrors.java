package org.strata.web.api;

import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.strata.registry.cases.CaseException;
import org.strata.registry.cases.RecordingBlockedException;
import org.strata.web.http.ErrorMappers;

/** The registration workflow's refusals as HTTP answers: each kind of case error, and blocked recordings. */
public final class CaseErrors {
    private CaseErrors() {}

    /** Both mappers, for registration. */
    public static List<Object> all() {
        return List.of(new Case(), new Blocked());
    }

    /** Refusals of the registration workflow. */
    public static final class Case implements ExceptionMapper<CaseException> {
        @Override
        public Response toResponse(CaseException e) {
            int status =
                    switch (e.kind()) {
                        case INVALID -> 400;
                        case NOT_FOUND -> 404;
                        case FORBIDDEN -> 403;
                        case CONFLICT -> 409;
                        case UNLAWFUL -> 422;
                    };
            return ErrorMappers.response(status, e.code(), e.getMessage());
        }
    }

    /** Recording refused by rules with legal effect: 409 listing every blocker. */
    public static final class Blocked implements ExceptionMapper<RecordingBlockedException> {
        @Override
        public Response toResponse(RecordingBlockedException e) {
            Map<String, Object> body = new LinkedHashMap<>();
            body.put("status", 409);
            body.put("code", "recording-blocked");
            body.put("message", e.getMessage());
            body.put("blockers", RegisterJson.findings(e.blockers()));
            return Response.status(409)
                    .type(MediaType.APPLICATION_JSON_TYPE)
                    .entity(body)
                    .build();
        }
    }
}
