package org.strata.web.survey;

import java.io.IOException;
import java.io.InputStream;
import org.strata.web.http.ApiException;

/** Reading the survey API's uploads: bounded, never empty. JSON bodies are typed ({@link SurveyRequests}). */
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
}
