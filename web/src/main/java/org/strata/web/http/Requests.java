package org.strata.web.http;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Typed request bodies: a JSON body read into its request record (unknown fields refused), then checked by the
 * record's one validator; every refusal is a 400 naming the field. Resources read the body after checking who is
 * asking, so a caller without the right gets 403 whatever they sent.
 */
public final class Requests {
    /** A request record that checks its own fields. */
    public interface Validated {
        /**
         * Checks the fields.
         *
         * @throws ApiException 400 naming the first field that is missing or wrong
         */
        void validate();
    }

    private static final ObjectMapper MAPPER = JsonMapper.builder()
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .build();

    private Requests() {}

    /** The body as its request record, validated. */
    public static <T extends Validated> T read(JsonNode body, Class<T> type) {
        if (body == null || !body.isObject()) {
            throw ApiException.badRequest("missing-body", "send a JSON object as the request body");
        }
        T request;
        try {
            request = MAPPER.treeToValue(body, type);
        } catch (JsonMappingException e) {
            String field = e.getPath().stream()
                    .map(r -> r.getFieldName() != null ? r.getFieldName() : "[" + r.getIndex() + "]")
                    .collect(Collectors.joining("."))
                    .replace(".[", "[");
            // the code names the top-level field (stable for clients); the message gives the whole path
            String top = e.getPath().isEmpty() || e.getPath().get(0).getFieldName() == null
                    ? "body"
                    : e.getPath().get(0).getFieldName();
            throw ApiException.badRequest(
                    "invalid-" + top,
                    (field.isEmpty() ? "the body" : "field '" + field + "'") + ": " + e.getOriginalMessage());
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw ApiException.badRequest("invalid-body", "the body is not valid JSON: " + e.getOriginalMessage());
        }
        request.validate();
        return request;
    }

    /** A body given as text: JSON read as {@link #read(JsonNode, Class)}; an empty body reads as {@code {}}. */
    public static <T extends Validated> T read(String text, Class<T> type) {
        if (text == null || text.isBlank()) {
            return read(MAPPER.createObjectNode(), type);
        }
        try {
            return read(MAPPER.readTree(text), type);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw ApiException.badRequest("invalid-body", "the body is not valid JSON: " + e.getOriginalMessage());
        }
    }

    /** A required text field: present and not blank. */
    public static String required(String field, String value) {
        if (value == null || value.isBlank()) {
            throw ApiException.badRequest("missing-" + field, "the body needs a text field '" + field + "'");
        }
        return value;
    }

    /** A required number field. */
    public static int required(String field, Integer value) {
        if (value == null) {
            throw ApiException.badRequest("missing-" + field, "the body needs a whole number '" + field + "'");
        }
        return value;
    }

    /** A list field, empty when absent. */
    public static List<String> list(List<String> value) {
        return value == null ? List.of() : List.copyOf(value);
    }

    /** A value parsed from a field; a refused value is a 400 {@code invalid-<field>} with the parser's message. */
    public static <T> T parsed(String field, String value, Function<String, T> parse) {
        return valid(field, () -> parse.apply(value));
    }

    /** A value built from fields; a refused value is a 400 {@code invalid-<field>} with the builder's message. */
    public static <T> T valid(String field, java.util.function.Supplier<T> build) {
        try {
            return build.get();
        } catch (IllegalArgumentException e) {
            throw ApiException.badRequest("invalid-" + field, e.getMessage());
        }
    }

    /** An optional text field, empty when absent. */
    public static String orEmpty(String value) {
        return value == null ? "" : value;
    }
}
