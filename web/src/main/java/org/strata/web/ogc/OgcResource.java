package org.strata.web.ogc;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.core.StreamingOutput;
import jakarta.ws.rs.core.UriInfo;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.strata.geo.crs.Crs;
import org.strata.geo.crs.GridTransform;
import org.strata.geo.model.Prism;
import org.strata.registry.access.MapLookup;
import org.strata.registry.cadastre.RegisteredVolume;
import org.strata.registry.port.CadastreStore;
import org.strata.registry.port.Page;
import org.strata.registry.unit.UnitCode;
import org.strata.web.auth.Callers;
import org.strata.web.http.ApiException;

/** OGC API - Features at {@code /ogc}: landing page, conformance, API definition, collections and items. */
@Path("/ogc")
@Produces({OgcDocuments.GEOJSON, OgcDocuments.JSON, OgcDocuments.JSON_FG, OgcDocuments.HTML})
public final class OgcResource {
    private static final java.util.Set<String> FORMAT_ONLY = java.util.Set.of("f");
    private static final java.util.Set<String> ITEM_PARAMETERS = java.util.Set.of("f", "crs");

    private final CadastreStore store;
    private final FeatureEncoder encoder;
    private final OgcDocuments documents;
    private final GridTransform transform;
    private final MapLookup maps;

    @Context
    private UriInfo uri;

    @Context
    private HttpHeaders headers;

    @Context
    private SecurityContext security;

    /** A resource over the store, writing coordinates through the transform, disclosing what the map policy allows. */
    public OgcResource(CadastreStore store, GridTransform transform, MapLookup maps) {
        this.store = store;
        this.maps = maps;
        this.transform = transform;
        this.encoder = new FeatureEncoder(transform);
        this.documents = new OgcDocuments(transform);
    }

    /** The landing page. */
    @GET
    public Response landing(@QueryParam("f") String f) {
        requireOnly(FORMAT_ONLY);
        return answer(f, documents.landing(base()), "Strata", OgcDocuments.JSON);
    }

    /** The conformance classes. */
    @GET
    @Path("conformance")
    public Response conformance(@QueryParam("f") String f) {
        requireOnly(FORMAT_ONLY);
        return answer(f, documents.conformance(), "Conformance", OgcDocuments.JSON);
    }

    /** The OpenAPI 3.0 definition of this API (HTML with {@code f=html}). */
    @GET
    @Path("api")
    @Produces({OgcDocuments.OPENAPI, OgcDocuments.JSON, OgcDocuments.HTML})
    public Response api(@QueryParam("f") String f) {
        requireOnly(FORMAT_ONLY);
        Map<String, Object> definition = OgcApiDefinition.of(base() + "/ogc");
        if (Format.choose(f, headers) == Format.HTML) {
            return Response.ok(OgcHtml.page("API definition", definition), OgcDocuments.HTML + ";charset=utf-8")
                    .build();
        }
        return Response.ok(definition, OgcDocuments.OPENAPI).build();
    }

    /** The collections. */
    @GET
    @Path("collections")
    public Response collections(@QueryParam("f") String f) {
        requireOnly(FORMAT_ONLY);
        Map<OgcCollection, OgcDocuments.Extent> extents = new EnumMap<>(OgcCollection.class);
        for (OgcCollection c : OgcCollection.values()) {
            extents.put(c, extent(c));
        }
        return answer(f, documents.collections(base(), extents), "Collections", OgcDocuments.JSON);
    }

    /** One collection. */
    @GET
    @Path("collections/{collectionId}")
    public Response collection(@PathParam("collectionId") String id, @QueryParam("f") String f) {
        requireOnly(FORMAT_ONLY);
        OgcCollection c = collectionOrNotFound(id);
        return answer(f, documents.collection(base(), c, extent(c)), c.title(), OgcDocuments.JSON);
    }

    /** A page of a collection's items. */
    @GET
    @Path("collections/{collectionId}/items")
    public Response items(@PathParam("collectionId") String id, @QueryParam("f") String f) {
        OgcCollection c = collectionOrNotFound(id);
        java.util.Set<String> declared = new java.util.HashSet<>(ItemsParameters.NAMES);
        declared.addAll(OgcFilter.parameterNames(c.kind()));
        requireOnly(declared);
        Format format = Format.choose(f, headers);
        MultivaluedMap<String, String> parameters = uri.getQueryParameters();
        ItemsParameters parsed = ItemsParameters.parse(parameters, transform);
        ItemsParameters p = capped(parsed.withQuery(parsed.query()
                .withFilter(OgcFilter.both(
                        OgcFilter.parse(
                                parameters, c.kind(), transform, disclosure().attributes()),
                        OgcFilter.fromParameters(
                                parameters, c.kind(), disclosure().attributes())))));
        FeatureEncoder.Encoding enc = new FeatureEncoder.Encoding(
                p.outputCrs(), format == Format.JSONFG, disclosure().attributes());
        FeaturePage<?> page = p.outsideAreaOfUse()
                ? page(new Page<Object>(List.of(), 0), (g, x) -> {}, c, p, format) // no registered feature can be there
                : switch (c) {
                    case PARCELS -> page(store.parcels(p.query()), (g, x) -> encoder.parcel(g, x, enc), c, p, format);
                    case BUILDINGS -> page(
                            store.buildings(p.query()), (g, x) -> encoder.building(g, x, enc), c, p, format);
                    case UNITS -> page(store.units(p.query()), (g, x) -> encoder.unit(g, x, enc), c, p, format);
                    case RIGHTS -> page(store.volumes(p.query()), (g, x) -> encoder.volume(g, x, enc), c, p, format);
                };
        if (format == Format.HTML) {
            return answerFeatures(format, treeOf(page::tree), c.title(), p.outputCrs());
        }
        StreamingOutput body = page::write;
        return withContentCrs(
                Response.ok(body, format == Format.JSONFG ? OgcDocuments.JSON_FG : OgcDocuments.GEOJSON),
                format,
                p.outputCrs());
    }

    private <T> FeaturePage<T> page(
            Page<T> found, FeaturePage.ItemWriter<T> writer, OgcCollection c, ItemsParameters p, Format format) {
        long matched = found.numberMatched();
        return new FeaturePage<>(
                found.items(),
                matched,
                writer,
                format == Format.JSONFG,
                returned -> pageLinks(c, p, matched, returned),
                FeaturePage.PAGE_BYTES);
    }

    /** The collection's queryables: the properties a filter may name (Part 3). */
    @GET
    @Path("collections/{collectionId}/queryables")
    @Produces({"application/schema+json", OgcDocuments.HTML})
    public Response queryables(@PathParam("collectionId") String id, @QueryParam("f") String f) {
        requireOnly(FORMAT_ONLY);
        OgcCollection c = collectionOrNotFound(id);
        Map<String, Object> doc = OgcFilter.queryables(
                base() + "/ogc/collections/" + c.id() + "/queryables",
                c,
                disclosure().attributes());
        if (Format.choose(f, headers) == Format.HTML) {
            return Response.ok(OgcHtml.page(c.title() + " queryables", doc), OgcDocuments.HTML + ";charset=utf-8")
                    .build();
        }
        return Response.ok(doc, "application/schema+json").build();
    }

    /** One item, by unit code. */
    @GET
    @Path("collections/{collectionId}/items/{featureId}")
    public Response item(
            @PathParam("collectionId") String id, @PathParam("featureId") String featureId, @QueryParam("f") String f) {
        requireOnly(ITEM_PARAMETERS);
        OgcCollection c = collectionOrNotFound(id);
        Format format = Format.choose(f, headers);
        UnitCode code = UnitCode.parse(featureId);
        ItemsParameters p = ItemsParameters.parse(onlyCrs(), transform);
        FeatureEncoder.Encoding enc = new FeatureEncoder.Encoding(
                p.outputCrs(), format == Format.JSONFG, disclosure().attributes());
        Optional<Map<String, Object>> feature =
                switch (c) {
                    case PARCELS -> store.parcel(code)
                            .map(x -> treeOf(() -> FeaturePage.tree((g, y) -> encoder.parcel(g, y, enc), x)));
                    case BUILDINGS -> store.building(code)
                            .map(x -> treeOf(() -> FeaturePage.tree((g, y) -> encoder.building(g, y, enc), x)));
                    case UNITS -> store.unit(code)
                            .map(x -> treeOf(() -> FeaturePage.tree((g, y) -> encoder.unit(g, y, enc), x)));
                    case RIGHTS -> store.parcel(code)
                            .map(x -> new RegisteredVolume(
                                    x.unitCode(),
                                    RegisteredVolume.Kind.PARCEL,
                                    new Prism(x.footprint(), x.heights()),
                                    x.solid()))
                            .or(() -> store.unit(code)
                                    .map(x -> new RegisteredVolume(
                                            x.unitCode(),
                                            RegisteredVolume.Kind.UNIT,
                                            new Prism(x.footprint(), x.heights()),
                                            x.solid())))
                            .map(x -> treeOf(() -> FeaturePage.tree((g, y) -> encoder.volume(g, y, enc), x)));
                };
        Map<String, Object> doc = feature.orElseThrow(
                () -> ApiException.notFound("feature-not-found", "collection " + c.id() + " has no feature " + code));
        String self = base() + "/ogc/collections/" + c.id() + "/items/" + code;
        doc.put(
                "links",
                List.of(
                        new Link(self + "?f=json", "self", OgcDocuments.GEOJSON, "This feature"),
                        new Link(self + "?f=html", "alternate", OgcDocuments.HTML, "This feature as HTML"),
                        new Link(
                                base() + "/ogc/collections/" + c.id() + "?f=json",
                                "collection",
                                OgcDocuments.JSON,
                                c.title())));
        return answerFeatures(format, doc, code.toString(), p.outputCrs());
    }

    private OgcDocuments.Extent extent(OgcCollection c) {
        return new OgcDocuments.Extent(store.extent(c.kind()), store.validSince(c.kind()));
    }

    /**
     * Refuses a query parameter the resource does not declare in its API definition (Part 1,
     * /req/core/query-param-unknown: 400).
     */
    private void requireOnly(java.util.Set<String> declared) {
        for (String name : uri.getQueryParameters().keySet()) {
            if (!declared.contains(name)) {
                throw ApiException.badRequest(
                        "unknown-parameter",
                        "query parameter '" + org.strata.web.http.Texts.shown(name)
                                + "' is not one this resource takes: " + new java.util.TreeSet<>(declared));
            }
        }
    }

    private MultivaluedMap<String, String> onlyCrs() {
        MultivaluedMap<String, String> all = uri.getQueryParameters();
        MultivaluedMap<String, String> crsOnly = new jakarta.ws.rs.core.MultivaluedHashMap<>();
        if (all.containsKey("crs")) {
            crsOnly.put("crs", all.get("crs"));
        }
        return crsOnly;
    }

    private List<Link> pageLinks(OgcCollection c, ItemsParameters p, long matched, int returned) {
        List<Link> links = new ArrayList<>();
        links.add(new Link(pageUri(p.query().offset(), "json"), "self", OgcDocuments.GEOJSON, "This page"));
        links.add(new Link(pageUri(p.query().offset(), "html"), "alternate", OgcDocuments.HTML, "This page as HTML"));
        long offset = p.query().offset();
        if (offset + returned < matched) {
            links.add(new Link(pageUri(offset + returned, "json"), "next", OgcDocuments.GEOJSON, "Next page"));
        }
        if (offset > 0) {
            links.add(new Link(
                    pageUri(Math.max(0, offset - p.query().limit()), "json"),
                    "prev",
                    OgcDocuments.GEOJSON,
                    "Previous page"));
        }
        links.add(new Link(
                base() + "/ogc/collections/" + c.id() + "?f=json", "collection", OgcDocuments.JSON, c.title()));
        return links;
    }

    private String pageUri(long offset, String f) {
        return uri.getRequestUriBuilder()
                .replaceQueryParam("offset", offset)
                .replaceQueryParam("f", f)
                .build()
                .toString();
    }

    private OgcCollection collectionOrNotFound(String id) {
        return OgcCollection.byId(id)
                .orElseThrow(() -> ApiException.notFound(
                        "collection-not-found",
                        "no collection '" + id + "'; the collections are parcels, buildings, units, rights"));
    }

    private Response answer(String f, Map<String, Object> doc, String title, String jsonType) {
        if (Format.choose(f, headers) == Format.HTML) {
            return Response.ok(OgcHtml.page(title, doc), OgcDocuments.HTML + ";charset=utf-8")
                    .build();
        }
        return Response.ok(doc, jsonType).build();
    }

    private Response answerFeatures(Format format, Map<String, Object> doc, String title, Crs crs) {
        Response.ResponseBuilder builder =
                switch (format) {
                    case HTML -> Response.ok(OgcHtml.page(title, doc), OgcDocuments.HTML + ";charset=utf-8");
                    case JSONFG -> Response.ok(doc, OgcDocuments.JSON_FG);
                    case JSON -> Response.ok(doc, OgcDocuments.GEOJSON);
                };
        return withContentCrs(builder, format, crs);
    }

    private static Response withContentCrs(Response.ResponseBuilder builder, Format format, Crs crs) {
        Crs declared = format == Format.JSONFG ? Crs.CRS84 : crs;
        return builder.header("Content-Crs", "<" + declared.uri() + ">").build();
    }

    private ItemsParameters capped(ItemsParameters p) {
        return p.withQuery(disclosure().cap(p.query()));
    }

    /** What the map shows this caller ({@link MapLookup}). */
    private MapLookup.Disclosure disclosure() {
        return maps.disclosure(Callers.optional(security));
    }

    /** Work that writes JSON and reads it back as a tree. */
    private interface TreeWork {
        Map<String, Object> tree() throws IOException;
    }

    private static Map<String, Object> treeOf(TreeWork work) {
        try {
            return work.tree();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private String base() {
        String b = uri.getBaseUri().toString();
        return b.endsWith("/") ? b.substring(0, b.length() - 1) : b;
    }
}
