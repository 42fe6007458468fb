package org.strata.web.ogc;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.function.IntFunction;
import org.strata.geo.crs.Crs;

/**
 * A page of features written as a GeoJSON (or JSON-FG) FeatureCollection straight from the store's items to the
 * response with Jackson's streaming generator. The page is bounded in bytes as well as in features: features
 * are written while the bytes so far stay below the budget (the first always), so no page passes the budget
 * by more than one feature (itself at most about 1 MB: 10,000 vertices); the rest follow by the next link,
 * which is why the links are written after the features, once the number returned is known.
 *
 * @param <T> the kind of item
 */
final class FeaturePage<T> {
    /** The bytes of one page of features. */
    static final long PAGE_BYTES = 8L << 20;

    /** Writes the few trees a page holds (links, JSON-FG places) without flushing the response after each. */
    private static final ObjectMapper JSON =
            new ObjectMapper().disable(com.fasterxml.jackson.databind.SerializationFeature.FLUSH_AFTER_WRITE_VALUE);

    /** Writes one item as a feature. */
    interface ItemWriter<T> {
        void write(JsonGenerator g, T item) throws IOException;
    }

    private final List<T> items;
    private final long matched;
    private final ItemWriter<T> writer;
    private final boolean jsonFg;
    private final IntFunction<List<Link>> links;
    private final long budget;

    /**
     * A page.
     *
     * @param items the page's items, in order
     * @param matched the number of features the query matches (all pages)
     * @param links the page's links given the number of features returned
     * @param budget the page's bytes
     */
    FeaturePage(
            List<T> items,
            long matched,
            ItemWriter<T> writer,
            boolean jsonFg,
            IntFunction<List<Link>> links,
            long budget) {
        this.items = items;
        this.matched = matched;
        this.writer = writer;
        this.jsonFg = jsonFg;
        this.links = links;
        this.budget = budget;
    }

    /** Writes the page to {@code out} as UTF-8 JSON. */
    void write(OutputStream out) throws IOException {
        ByteCount counted = new ByteCount(out);
        try (JsonGenerator g = JSON.getFactory().createGenerator(counted, JsonEncoding.UTF8)) {
            g.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET); // the response's stream is the container's to close
            g.writeStartObject();
            g.writeStringField("type", "FeatureCollection");
            if (jsonFg) {
                g.writeObjectField("conformsTo", OgcDocuments.JSON_FG_CONFORMANCE);
                g.writeStringField("coordRefSys", Crs.EPSG_4549.uri());
            }
            g.writeArrayFieldStart("features");
            long start = counted.count + g.getOutputBuffered();
            int returned = 0;
            for (T item : items) {
                if (returned > 0 && counted.count + g.getOutputBuffered() - start >= budget) {
                    break; // the page is full by bytes: the rest follow by the next link
                }
                writer.write(g, item);
                returned++;
            }
            g.writeEndArray();
            g.writeNumberField("numberMatched", matched);
            g.writeNumberField("numberReturned", returned);
            g.writeStringField(
                    "timeStamp", Instant.now().truncatedTo(ChronoUnit.SECONDS).toString());
            g.writeObjectField("links", links.apply(returned));
            g.writeEndObject();
        }
    }

    /** The page as a JSON tree, for the HTML page that shows it. */
    @SuppressWarnings("unchecked")
    Map<String, Object> tree() throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        write(bytes);
        return JSON.readValue(bytes.toByteArray(), Map.class);
    }

    /** Writes one feature alone and reads it back as a JSON tree, for a single item's document. */
    @SuppressWarnings("unchecked")
    static <T> Map<String, Object> tree(ItemWriter<T> writer, T item) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (JsonGenerator g = JSON.getFactory().createGenerator(bytes, JsonEncoding.UTF8)) {
            writer.write(g, item);
        }
        return JSON.readValue(bytes.toByteArray(), Map.class);
    }

    /** Counts the bytes that pass to the response. */
    private static final class ByteCount extends FilterOutputStream {
        private long count;

        ByteCount(OutputStream out) {
            super(out);
        }

        @Override
        public void write(int b) throws IOException {
            out.write(b);
            count++;
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            out.write(b, off, len);
            count += len;
        }
    }
}
