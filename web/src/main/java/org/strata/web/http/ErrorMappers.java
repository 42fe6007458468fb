package org.strata.web.http;

import com.fasterxml.jackson.core.JsonProcessingException;
import jakarta.ws.rs.NotAcceptableException;
import jakarta.ws.rs.NotAllowedException;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.NotSupportedException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.strata.registry.access.RateLimitedException;
import org.strata.registry.actor.AccessException;
import org.strata.registry.port.ConcurrentChangeException;
import org.strata.registry.port.RejectedValueException;
import org.strata.registry.port.StoreException;
import org.strata.registry.unit.InvalidUnitCodeException;

/**
 * Maps each family of failure once to an HTTP status and a stable code; nothing reaches the client as a bare 500.
 * The mappers of the registration workflow ({@code api.CaseErrors}) and of surveying ({@code survey.SurveyErrors})
 * are registered beside these.
 */
public final class ErrorMappers {
    private static final Logger LOG = LoggerFactory.getLogger(ErrorMappers.class);

    private ErrorMappers() {}

    /** Every mapper, for registration. */
    public static List<Object> all() {
        return List.of(
                new Limited(),
                new TooLarge(),
                new Access(),
                new Api(),
                new UnitCode(),
                new Race(),
                new Duplicate(),
                new Jaxrs(),
                new Json(),
                new Rejected(),
                new Argument(),
                new Store(),
                new Unexpected());
    }

    /** A JSON error answer. */
    public static Response response(int status, String code, String message) {
        return Response.status(status)
                .type(MediaType.APPLICATION_JSON_TYPE)
                .entity(new ErrorBody(status, code, message))
                .build();
    }

    /** Strata's own request failures. */
    static final class Api implements ExceptionMapper<ApiException> {
        @Override
        public Response toResponse(ApiException e) {
            Response response = response(e.status(), e.code(), e.getMessage());
            if (e.status() == 401) {
                return Response.fromResponse(response)
                        .header("WWW-Authenticate", "Bearer realm=\"strata\"")
                        .build();
            }
            return response;
        }
    }

    /** A request body over the service's limit. */
    static final class TooLarge implements ExceptionMapper<BodyTooLargeException> {
        @Override
        public Response toResponse(BodyTooLargeException e) {
            return response(413, "body-too-large", e.getMessage());
        }
    }

    /** A malformed unit code anywhere in a request. */
    static final class UnitCode implements ExceptionMapper<InvalidUnitCodeException> {
        @Override
        public Response toResponse(InvalidUnitCodeException e) {
            return response(400, "invalid-unit-code", e.getMessage() + " (part: " + e.part() + ")");
        }
    }

    /** The public tier's lookup budget is spent: 429 with Retry-After. */
    static final class Limited implements ExceptionMapper<RateLimitedException> {
        @Override
        public Response toResponse(RateLimitedException e) {
            return Response.fromResponse(response(429, "rate-limited", e.getMessage()))
                    .header("Retry-After", Math.max(1, e.retryAfter().toSeconds()))
                    .build();
        }
    }

    /** Refused queries and access requests. */
    static final class Access implements ExceptionMapper<AccessException> {
        @Override
        public Response toResponse(AccessException e) {
            int status =
                    switch (e.kind()) {
                        case INVALID -> 400;
                        case NOT_FOUND -> 404;
                        case FORBIDDEN -> 403;
                    };
            return response(status, e.code(), e.getMessage());
        }
    }

    /** A lost optimistic-locking race. */
    static final class Race implements ExceptionMapper<ConcurrentChangeException> {
        @Override
        public Response toResponse(ConcurrentChangeException e) {
            return response(409, "concurrent-change", e.getMessage() + "; read it again and retry");
        }
    }

    /** Jersey's own answers: unknown paths, wrong methods, unsupported media types. */
    static final class Jaxrs implements ExceptionMapper<WebApplicationException> {
        @Override
        public Response toResponse(WebApplicationException e) {
            int status = e.getResponse().getStatus();
            String code;
            String message;
            if (e instanceof NotFoundException) {
                code = "not-found";
                message = "no such resource";
            } else if (e instanceof NotAllowedException) {
                code = "method-not-allowed";
                message = "this resource does not accept that method; allowed: "
                        + e.getResponse().getAllowedMethods();
            } else if (e instanceof NotAcceptableException) {
                code = "not-acceptable";
                message = "no representation matches the Accept header";
            } else if (e instanceof NotSupportedException) {
                code = "unsupported-media-type";
                message = "send the request body as application/json";
            } else if (status >= 500) {
                LOG.error("request failed", e);
                code = "internal-error";
                message = "the service failed to answer; the failure is logged";
            } else {
                code = "bad-request";
                message = e.getMessage() == null ? "the request is not valid" : e.getMessage();
            }
            return Response.fromResponse(e.getResponse())
                    .type(MediaType.APPLICATION_JSON_TYPE)
                    .entity(new ErrorBody(status, code, message))
                    .build();
        }
    }

    /** A request body that is not valid JSON or does not fit the expected shape. */
    static final class Json implements ExceptionMapper<JsonProcessingException> {
        @Override
        public Response toResponse(JsonProcessingException e) {
            return response(
                    400,
                    "invalid-json",
                    "the request body is not valid JSON of the expected shape: " + e.getOriginalMessage());
        }
    }

    /** A record with the same key is already stored. */
    static final class Duplicate implements ExceptionMapper<org.strata.registry.port.DuplicateRecordException> {
        @Override
        public Response toResponse(org.strata.registry.port.DuplicateRecordException e) {
            return response(409, "duplicate", "a record with the same id or code is already stored");
        }
    }

    /** A value the store's schema refused: the request's fault, answered without the store's words. */
    static final class Rejected implements ExceptionMapper<RejectedValueException> {
        @Override
        public Response toResponse(RejectedValueException e) {
            LOG.info("value refused by the store", e);
            return response(400, "value-rejected", e.getMessage());
        }
    }

    /**
     * A value a domain type refused outside any more specific check: the request's fault, named by the message.
     * Domain constructors throw {@link IllegalArgumentException} with a message that names the value.
     */
    static final class Argument implements ExceptionMapper<IllegalArgumentException> {
        @Override
        public Response toResponse(IllegalArgumentException e) {
            LOG.info("value refused", e);
            return response(400, "invalid-value", e.getMessage() == null ? "a value is not valid" : e.getMessage());
        }
    }

    /** The store could not answer. */
    static final class Store implements ExceptionMapper<StoreException> {
        @Override
        public Response toResponse(StoreException e) {
            LOG.error("store failure", e);
            return response(503, "store-unavailable", "the register's store could not answer; try again later");
        }
    }

    /** Anything else is a defect: logged in full, answered without internals. */
    static final class Unexpected implements ExceptionMapper<Throwable> {
        @Override
        public Response toResponse(Throwable e) {
            LOG.error("unexpected failure", e);
            return response(500, "internal-error", "the service failed to answer; the failure is logged");
        }
    }
}
