package org.strata.web.ogc;

import java.util.List;
import java.util.Map;

/** Renders the OGC API documents as plain HTML pages for people browsing the API. */
final class OgcHtml {
    private static final String STYLE = "body{font-family:system-ui,sans-serif;margin:2em;max-width:80em}"
            + "table{border-collapse:collapse}td,th{border:1px solid #ccc;padding:.2em .5em;text-align:left}"
            + "th{background:#f3f3f3}code{font-size:.95em}";

    private OgcHtml() {}

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
        if (doc.get("links") instanceof List<?> links) {
            html.append("<h2>Links</h2><ul>");
            for (Object o : links) {
                Link link = (Link) o;
                html.append("<li>")
                        .append(escape(link.rel()))
                        .append(": <a href=\"")
                        .append(escape(link.href()))
                        .append("\">")
                        .append(escape(link.title()))
                        .append("</a> (")
                        .append(escape(link.type()))
                        .append(")</li>");
            }
            html.append("</ul>");
        }
        return html.append("</body></html>").toString();
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
