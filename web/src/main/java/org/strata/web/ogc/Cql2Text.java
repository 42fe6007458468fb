package org.strata.web.ogc;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.LinearRing;
import org.strata.registry.port.FeatureFilter;
import org.strata.registry.port.Queryable;

/**
 * The CQL2 text encoding (OGC 21-065, cql2-text) of the filters Strata evaluates: comparisons, {@code LIKE},
 * {@code BETWEEN}, {@code IN}, {@code IS [NOT] NULL}, {@code AND}/{@code OR}/{@code NOT} and parentheses;
 * {@code S_INTERSECTS} with a {@code POINT}, {@code POLYGON} or {@code BBOX}; {@code T_INTERSECTS} with a
 * {@code DATE}, {@code TIMESTAMP} or {@code INTERVAL}. Keywords are case-insensitive; a refusal names the character
 * position where reading stopped.
 */
final class Cql2Text {
    private static final GeometryFactory GF = new GeometryFactory();

    private final Cql2Terms terms;
    private final List<Token> tokens;
    private int next;

    private record Token(String kind, String text, int position) {}

    private Cql2Text(String text, Cql2Terms terms) {
        this.terms = terms;
        this.tokens = tokens(text);
    }

    /** The filter a CQL2 text expression states. */
    static FeatureFilter parse(String text, Cql2Terms terms) {
        Cql2Text parser = new Cql2Text(text, terms);
        FeatureFilter f = parser.or();
        if (!parser.peek().kind().equals("end")) {
            throw parser.error("unexpected '" + parser.peek().text() + "'");
        }
        return f;
    }

    private FeatureFilter or() {
        List<FeatureFilter> parts = new ArrayList<>(List.of(and()));
        while (keyword("OR")) {
            parts.add(and());
        }
        return parts.size() == 1 ? parts.get(0) : new FeatureFilter.Or(parts);
    }

    private FeatureFilter and() {
        List<FeatureFilter> parts = new ArrayList<>(List.of(not()));
        while (keyword("AND")) {
            parts.add(not());
        }
        return parts.size() == 1 ? parts.get(0) : new FeatureFilter.And(parts);
    }

    private FeatureFilter not() {
        if (keyword("NOT")) {
            return new FeatureFilter.Not(not());
        }
        if (symbol("(")) {
            FeatureFilter inner = or();
            expect(")");
            return inner;
        }
        return predicate();
    }

    private FeatureFilter predicate() {
        Token first = take("ident", "a property name or a function");
        String upper = first.text().toUpperCase(Locale.ROOT);
        if (upper.equals("S_INTERSECTS") || upper.equals("T_INTERSECTS")) {
            expect("(");
            Token name = take("ident", "a property name");
            Queryable q = terms.property(name.text(), at(name));
            expect(",");
            FeatureFilter f = upper.equals("S_INTERSECTS") ? spatial(q, name) : temporal(q, name);
            expect(")");
            return f;
        }
        Queryable q = terms.scalar(first.text(), at(first));
        if (keyword("IS")) {
            boolean negated = keyword("NOT");
            if (!keyword("NULL")) {
                throw error("expected NULL");
            }
            FeatureFilter isNull = new FeatureFilter.IsNull(q);
            return negated ? new FeatureFilter.Not(isNull) : isNull;
        }
        boolean negated = keyword("NOT");
        FeatureFilter f;
        if (keyword("LIKE")) {
            Token pattern = take("string", "a quoted pattern");
            terms.literal(q, pattern.text(), at(pattern));
            f = new FeatureFilter.Like(q, pattern.text());
        } else if (keyword("BETWEEN")) {
            Object low = literal(q);
            if (!keyword("AND")) {
                throw error("expected AND");
            }
            f = new FeatureFilter.Between(q, low, literal(q));
        } else if (keyword("IN")) {
            expect("(");
            List<Object> values = new ArrayList<>(List.of(literal(q)));
            while (symbol(",")) {
                values.add(literal(q));
            }
            expect(")");
            f = new FeatureFilter.In(q, values);
        } else if (!negated && peek().kind().equals("op")) {
            Token op = tokens.get(next++);
            f = new FeatureFilter.Compare(q, op(op.text()), literal(q));
        } else {
            throw error("expected a comparison, LIKE, BETWEEN, IN or IS NULL");
        }
        return negated ? new FeatureFilter.Not(f) : f;
    }

    private FeatureFilter spatial(Queryable q, Token name) {
        if (q != Queryable.GEOMETRY) {
            throw Cql2Terms.invalid(at(name), name.text() + " is not a geometry; S_INTERSECTS takes geometry");
        }
        Token kind = take("ident", "POINT, POLYGON or BBOX");
        String k = kind.text().toUpperCase(Locale.ROOT);
        expect("(");
        Geometry g;
        if (k.equals("POINT")) {
            g = GF.createPoint(coordinate());
        } else if (k.equals("BBOX")) {
            double[] n = new double[4];
            for (int i = 0; i < 4; i++) {
                if (i > 0) {
                    expect(",");
                }
                n[i] = number();
            }
            g = GF.toGeometry(new org.locationtech.jts.geom.Envelope(n[0], n[2], n[1], n[3]));
        } else if (k.equals("POLYGON")) {
            List<LinearRing> rings = new ArrayList<>();
            do {
                expect("(");
                List<Coordinate> ring = new ArrayList<>(List.of(coordinate()));
                while (symbol(",")) {
                    ring.add(coordinate());
                }
                expect(")");
                try {
                    rings.add(GF.createLinearRing(ring.toArray(Coordinate[]::new)));
                } catch (IllegalArgumentException e) {
                    throw error("a polygon ring: " + e.getMessage());
                }
            } while (symbol(","));
            g = GF.createPolygon(rings.get(0), rings.subList(1, rings.size()).toArray(LinearRing[]::new));
        } else {
            throw Cql2Terms.invalid(
                    at(kind), "the geometry " + kind.text() + " is not supported; use POINT, POLYGON or BBOX");
        }
        expect(")");
        return terms.intersects(g, at(kind));
    }

    private FeatureFilter temporal(Queryable q, Token name) {
        if (q != Queryable.VALIDITY) {
            throw Cql2Terms.invalid(at(name), name.text() + " is not temporal; T_INTERSECTS takes validity");
        }
        Token kind = take("ident", "DATE, TIMESTAMP or INTERVAL");
        String k = kind.text().toUpperCase(Locale.ROOT);
        expect("(");
        FeatureFilter f;
        if (k.equals("DATE") || k.equals("TIMESTAMP")) {
            Token value = take("string", "a quoted " + k.toLowerCase(Locale.ROOT));
            f = terms.during(
                    terms.instant(value.text(), true, at(value)),
                    terms.instant(value.text(), false, at(value)),
                    at(value));
        } else if (k.equals("INTERVAL")) {
            Token start = take("string", "the quoted start ('..' when open)");
            expect(",");
            Token end = take("string", "the quoted end ('..' when open)");
            f = terms.during(
                    terms.instant(start.text(), true, at(start)), terms.instant(end.text(), false, at(end)), at(start));
        } else {
            throw Cql2Terms.invalid(at(kind), kind.text() + " is not DATE, TIMESTAMP or INTERVAL");
        }
        expect(")");
        return f;
    }

    private Object literal(Queryable q) {
        Token t = peek();
        if (t.kind().equals("string")) {
            next++;
            return terms.literal(q, t.text(), at(t));
        }
        if (t.kind().equals("number")) {
            next++;
            return terms.literal(q, Double.parseDouble(t.text()), at(t));
        }
        throw error("expected a quoted string or a number");
    }

    private Coordinate coordinate() {
        return new Coordinate(number(), number());
    }

    private double number() {
        return Double.parseDouble(take("number", "a number").text());
    }

    private static FeatureFilter.Op op(String text) {
        return FeatureFilter.Op.ofSql(text).orElseThrow(() -> new IllegalStateException("not an operator: " + text));
    }

    private boolean keyword(String word) {
        Token t = peek();
        if (t.kind().equals("ident") && t.text().equalsIgnoreCase(word)) {
            next++;
            return true;
        }
        return false;
    }

    private boolean symbol(String s) {
        if (peek().kind().equals("symbol") && peek().text().equals(s)) {
            next++;
            return true;
        }
        return false;
    }

    private void expect(String s) {
        if (!symbol(s)) {
            throw error("expected '" + s + "'");
        }
    }

    private Token take(String kind, String what) {
        Token t = peek();
        if (!t.kind().equals(kind)) {
            throw error("expected " + what);
        }
        next++;
        return t;
    }

    private Token peek() {
        return tokens.get(next);
    }

    private org.strata.web.http.ApiException error(String message) {
        Token t = peek();
        return Cql2Terms.invalid(at(t), message + (t.kind().equals("end") ? " (the filter ends there)" : ""));
    }

    private String at(Token t) {
        return "at position " + (t.position() + 1);
    }

    private static List<Token> tokens(String text) {
        List<Token> out = new ArrayList<>();
        int i = 0;
        while (i < text.length()) {
            char c = text.charAt(i);
            if (Character.isWhitespace(c)) {
                i++;
            } else if (c == '\'') {
                StringBuilder s = new StringBuilder();
                int start = i++;
                while (true) {
                    if (i >= text.length()) {
                        throw Cql2Terms.invalid("at position " + (start + 1), "the string is not closed");
                    }
                    if (text.charAt(i) == '\'') {
                        if (i + 1 < text.length() && text.charAt(i + 1) == '\'') {
                            s.append('\'');
                            i += 2;
                            continue;
                        }
                        i++;
                        break;
                    }
                    s.append(text.charAt(i++));
                }
                out.add(new Token("string", s.toString(), start));
            } else if (c == '"') {
                int end = text.indexOf('"', i + 1);
                if (end < 0) {
                    throw Cql2Terms.invalid("at position " + (i + 1), "the quoted name is not closed");
                }
                out.add(new Token("ident", text.substring(i + 1, end), i));
                i = end + 1;
            } else if (Character.isLetter(c) || c == '_') {
                int start = i;
                while (i < text.length()
                        && (Character.isLetterOrDigit(text.charAt(i))
                                || text.charAt(i) == '_'
                                || text.charAt(i) == ':'
                                || text.charAt(i) == '.')) {
                    i++;
                }
                out.add(new Token("ident", text.substring(start, i), start));
            } else if (Character.isDigit(c)
                    || ((c == '-' || c == '+' || c == '.')
                            && i + 1 < text.length()
                            && (Character.isDigit(text.charAt(i + 1)) || text.charAt(i + 1) == '.'))) {
                int start = i++;
                while (i < text.length()
                        && (Character.isDigit(text.charAt(i))
                                || "eE.+-".indexOf(text.charAt(i)) >= 0
                                        && !(("+-".indexOf(text.charAt(i)) >= 0)
                                                && "eE".indexOf(text.charAt(i - 1)) < 0))) {
                    i++;
                }
                String number = text.substring(start, i);
                try {
                    Double.parseDouble(number);
                } catch (NumberFormatException e) {
                    throw Cql2Terms.invalid("at position " + (start + 1), "'" + number + "' is not a number");
                }
                out.add(new Token("number", number, start));
            } else if (c == '<' || c == '>' || c == '=') {
                int start = i++;
                if (c != '=' && i < text.length() && (text.charAt(i) == '=' || (c == '<' && text.charAt(i) == '>'))) {
                    i++;
                }
                out.add(new Token("op", text.substring(start, i), start));
            } else if (c == '(' || c == ')' || c == ',') {
                out.add(new Token("symbol", String.valueOf(c), i++));
            } else {
                throw Cql2Terms.invalid("at position " + (i + 1), "unexpected character '" + c + "'");
            }
        }
        out.add(new Token("end", "", text.length()));
        return out;
    }
}
