package org.strata.web.survey;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import org.strata.web.http.ApiException;

/** Reading request bodies of the survey API: bounded uploads and required JSON fields. */
final class Bodies {
    private Bodies() {}

    static byte[] bounded(InputStream in, long limit) {
        if (in == null) {
            throw ApiException.badRequest("missing-body", "send the package ZIP as the request body");
        }
        try {
            byte[] bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, limit + 1));
            if (bytes.length > limit) {
                throw new ApiException(413, "package-too-large", "the upload exceeds " + limit + " bytes");
            }
            if (bytes.length == 0) {
                throw ApiException.badRequest("missing-body", "send the package ZIP as the request body");
            }
            return bytes;
        } catch (IOException e) {
            throw ApiException.badRequest("unreadable-body", "the request body could not be read: " + e.getMessage());
        }
    }

    static String text(JsonNode body, String field) {
        JsonNode v = body == null ? null : body.get(field);
        if (v == null || !v.isTextual() || v.asText().isBlank()) {
            throw ApiException.badRequest("missing-" + field, "the body needs a text field '" + field + "'");
        }
        return v.asText();
    }

    static String optionalText(JsonNode body, String field) {
        JsonNode v = body == null ? null : body.get(field);
        return v == null || v.isNull() ? "" : v.asText();
    }

    static List<String> texts(JsonNode body, String field) {
        List<String> out = new ArrayList<>();
        JsonNode v = body == null ? null : body.get(field);
        if (v != null && v.isArray()) {
            v.forEach(x -> out.add(x.asText()));
        }
        return out;
    }

    static int number(JsonNode body, String field) {
        JsonNode v = body == null ? null : body.get(field);
        if (v == null || !v.canConvertToInt()) {
            throw ApiException.badRequest("missing-" + field, "the body needs a whole number '" + field + "'");
        }
        return v.asInt();
    }

    static <T> T parsed(String field, String value, java.util.function.Function<String, T> parse) {
        return valid(field, () -> parse.apply(value));
    }

    /** A value built from the body; a bad argument is a 400 naming the field. */
    static <T> T valid(String field, java.util.function.Supplier<T> build) {
        try {
            return build.get();
        } catch (IllegalArgumentException e) {
            throw ApiException.badRequest("invalid-" + field, e.getMessage());
        }
    }
}
