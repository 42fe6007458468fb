package org.strata.web.api;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.SecurityContext;
import java.util.List;
import org.strata.registry.cases.RegisterQueries;
import org.strata.registry.cases.rules.RuleBook;
import org.strata.web.auth.Callers;

/** {@code /api/v1/register/verify} proves the chains intact or names the first broken link; {@code /api/v1/rules} explains the rules. */
@Path("/api/v1")
@Produces(MediaType.APPLICATION_JSON)
public final class RegisterResource {
    private final RegisterQueries queries;
    private final RuleBook rules;

    @Context
    private SecurityContext security;

    /** The resource. */
    public RegisterResource(RegisterQueries queries, RuleBook rules) {
        this.queries = queries;
        this.rules = rules;
    }

    /** Verifies every county chain the officer may read. */
    @GET
    @Path("register/verify")
    public CaseViews.ChainReport verify() {
        return RegisterJson.report(queries.verify(Callers.require(security)));
    }

    /** The rules with legal effect and what they say. */
    @GET
    @Path("rules")
    public Rules rules() {
        Callers.require(security);
        return new Rules(
                rules.rules().stream()
                        .map(r -> new Rule(r.code(), r.explanation()))
                        .toList(),
                rules.disposalMatrix().cells().stream()
                        .map(c -> new Cell(
                                c.restriction().wireName(),
                                c.type().wireName(),
                                c.decision().name().toLowerCase(java.util.Locale.ROOT),
                                c.code().isEmpty() ? null : c.code(),
                                c.source()))
                        .toList());
    }

    /** The rule book: every rule with its explanation, and the disposal matrix cell by cell. */
    public record Rules(List<Rule> rules, List<Cell> disposalMatrix) {}

    /** A rule with legal effect and what it says. */
    public record Rule(String code, String explanation) {}

    /** A cell of the disposal matrix: a restriction, a registration type, the decision, its code and source. */
    public record Cell(
            String restriction,
            String type,
            String decision,
            @com.fasterxml.jackson.annotation.JsonInclude(com.fasterxml.jackson.annotation.JsonInclude.Include.NON_NULL)
                    String code,
            String source) {}
}
