package org.strata.web.http;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.ws.rs.core.Response;
import org.junit.jupiter.api.Test;

/** A domain value refused with IllegalArgumentException is the request's fault: 400, never a 500. */
class ErrorMappersTest {
    @Test
    void aRefusedValueIsABadRequestNamingIt() {
        Response r = new ErrorMappers.Argument().toResponse(new IllegalArgumentException("limit 0 is outside 1-10000"));
        assertEquals(400, r.getStatus());
        ErrorBody body = (ErrorBody) r.getEntity();
        assertEquals("invalid-value", body.code());
        assertEquals("limit 0 is outside 1-10000", body.message());
        assertEquals(
                1,
                ErrorMappers.all().stream()
                        .filter(m -> m instanceof ErrorMappers.Argument)
                        .count(),
                "the mapper is registered with the others");
    }
}
