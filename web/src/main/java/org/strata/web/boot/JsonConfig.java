package org.strata.web.boot;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import jakarta.ws.rs.ext.ContextResolver;

/**
 * The one Jackson configuration of the service. Request bodies are bounded as they are read: nesting at most
 * {@link #MAX_DEPTH} deep, strings at most {@link #MAX_STRING_CHARS} characters, numbers at most
 * {@link #MAX_NUMBER_CHARS} digits; a body beyond any of them is a 400 {@code invalid-json}.
 */
final class JsonConfig implements ContextResolver<ObjectMapper> {
    static final int MAX_DEPTH = 32;
    static final int MAX_STRING_CHARS = 100_000;
    static final int MAX_NUMBER_CHARS = 40;

    private final ObjectMapper mapper = new ObjectMapper(JsonFactory.builder()
                    .streamReadConstraints(StreamReadConstraints.builder()
                            .maxNestingDepth(MAX_DEPTH)
                            .maxStringLength(MAX_STRING_CHARS)
                            .maxNumberLength(MAX_NUMBER_CHARS)
                            .build())
                    .build())
            .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, true)
            .configure(SerializationFeature.FAIL_ON_EMPTY_BEANS, false);

    @Override
    public ObjectMapper getContext(Class<?> type) {
        return mapper;
    }
}
