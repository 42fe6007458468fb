package org.strata.web.ogc;

import java.util.List;
import java.util.Map;

/** Renders the OGC API documents as plain HTML pages for people browsing the API. */
final class OgcHtml {
    private static final String STYLE = "body{font-family:system-ui,sans-serif;margin:2em;max-width:80em}"
            + "table{border-collapse:collapse}td,th{border:1px solid #ccc;padding:.2em .5em;text-align:left}"
            + "th{background:#f3f3f3}code{font-size:.95em}";

    private OgcHtml() {}

    /** A document as the client asked for it ({@code f}, else Accept): JSON, or its HTML page titled {@code title}. */
    static jakarta.ws.rs.core.Response answer(
            String title, Map<String, Object> doc, String f, jakarta.ws.rs.core.HttpHeaders headers) {
        if (Format.choose(f, headers) == Format.HTML) {
            return jakarta.ws.rs.core.Response.ok(page(title, doc), OgcDocuments.HTML + ";charset=utf-8")
                    .build();
        }
        return jakarta.ws.rs.core.Response.ok(doc, OgcDocuments.JSON).build();
    }

    static String page(String title, Map<String, Object> doc) {
        StringBuilder html = new StringBuilder("<!doctype html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>")
                .append(escape(title))
                .append(" - Strata</title><style>")
                .append(STYLE)
                .append("</style></head><body><h1>")
                .append(escape(title))
                .append("</h1>");
        if (doc.get("description") instanceof String description) {
            html.append("<p>").append(escape(description)).append("</p>");
        }
        if (doc.get("features") instanceof List<?> features) {
            html.append("<p>")
                    .append(doc.get("numberReturned"))
                    .append(" of ")
                    .append(doc.get("numberMatched"))
                    .append(" features</p>");
            featureTable(html, features);
        }
        if (doc.get("properties") instanceof Map<?, ?> properties) {
            html.append("<table>");
            properties.forEach((k, v) -> html.append("<tr><th>")
                    .append(escape(String.valueOf(k)))
                    .append("</th><td>")
                    .append(escape(String.valueOf(v)))
                    .append("</td></tr>"));
            html.append("</table>");
        }
        if (doc.get("collections") instanceof List<?> collections) {
            html.append("<ul>");
            for (Object c : collections) {
                Map<?, ?> collection = (Map<?, ?>) c;
                html.append("<li><a href=\"collections/")
                        .append(escape(String.valueOf(collection.get("id"))))
                        .append("?f=html\">")
                        .append(escape(String.valueOf(collection.get("title"))))
                        .append("</a>: ")
                        .append(escape(String.valueOf(collection.get("description"))))
                        .append("</li>");
            }
            html.append("</ul>");
        }
        if (doc.get("conformsTo") instanceof List<?> classes) {
            html.append("<ul>");
            classes.forEach(c ->
                    html.append("<li><code>").append(escape(String.valueOf(c))).append("</code></li>"));
            html.append("</ul>");
        }
        for (String key : List.of("tileMatrixSets", "tilesets", "tileMatrices")) {
            if (doc.get(key) instanceof List<?> items) {
                html.append("<h2>").append(escape(key)).append("</h2><table>");
                for (Object item : items) {
                    html.append("<tr>");
                    for (String field : List.of("id", "title", "dataType", "crs", "tileMatrixSetURI", "cellSize")) {
                        Object value = ((Map<?, ?>) item).get(field);
                        if (value != null) {
                            html.append("<td>")
                                    .append(escape(String.valueOf(value)))
                                    .append("</td>");
                        }
                    }
                    if (((Map<?, ?>) item).get("links") instanceof List<?> itemLinks) {
                        html.append("<td>");
                        itemLinks.forEach(l -> link(html, l));
                        html.append("</td>");
                    }
                    html.append("</tr>");
                }
                html.append("</table>");
            }
        }
        if (doc.get("links") instanceof List<?> links) {
            html.append("<h2>Links</h2><ul>");
            for (Object o : links) {
                html.append("<li>");
                link(html, o);
                html.append("</li>");
            }
            html.append("</ul>");
        }
        return html.append("</body></html>").toString();
    }

    /** A link, given as a {@link Link} or as a map of its members. */
    private static void link(StringBuilder html, Object o) {
        String rel;
        String href;
        String title;
        String type;
        if (o instanceof Link link) {
            rel = link.rel();
            href = link.href();
            title = link.title();
            type = link.type();
        } else {
            Map<?, ?> m = (Map<?, ?>) o;
            rel = String.valueOf(m.get("rel"));
            href = String.valueOf(m.get("href"));
            title = String.valueOf(m.containsKey("title") ? m.get("title") : m.get("href"));
            type = String.valueOf(m.get("type"));
        }
        html.append(escape(rel))
                .append(": <a href=\"")
                .append(escape(href))
                .append("\">")
                .append(escape(title))
                .append("</a> (")
                .append(escape(type))
                .append(") ");
    }

    private static void featureTable(StringBuilder html, List<?> features) {
        if (features.isEmpty()) {
            return;
        }
        Map<?, ?> firstProperties = (Map<?, ?>) ((Map<?, ?>) features.get(0)).get("properties");
        List<?> columns = firstProperties.keySet().stream()
                .filter(k -> !(firstProperties.get(k) instanceof List<?>))
                .toList();
        html.append("<table><tr>");
        columns.forEach(
                c -> html.append("<th>").append(escape(String.valueOf(c))).append("</th>"));
        html.append("</tr>");
        for (Object f : features) {
            Map<?, ?> feature = (Map<?, ?>) f;
            Map<?, ?> properties = (Map<?, ?>) feature.get("properties");
            html.append("<tr>");
            for (Object column : columns) {
                String value = escape(String.valueOf(properties.get(column)));
                if ("unitCode".equals(column)) {
                    value = "<a href=\"items/" + value + "?f=html\">" + value + "</a>";
                }
                html.append("<td>").append(value).append("</td>");
            }
            html.append("</tr>");
        }
        html.append("</table>");
    }

    static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (char c : text.toCharArray()) {
            switch (c) {
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '&' -> out.append("&amp;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }
}
