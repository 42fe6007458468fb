package org.strata.web.api;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.SecurityContext;
import java.util.LinkedHashMap;
import java.util.Map;
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
    public Map<String, Object> rules() {
        Callers.require(security);
        Map<String, Object> answer = new LinkedHashMap<>();
        answer.put(
                "rules",
                rules.rules().stream()
                        .map(r -> Map.of("code", r.code(), "explanation", r.explanation()))
                        .toList());
        answer.put(
                "disposalMatrix",
                rules.disposalMatrix().cells().stream()
                        .map(c -> {
                            Map<String, Object> cell = new LinkedHashMap<>();
                            cell.put("restriction", c.restriction().wireName());
                            cell.put("type", c.type().wireName());
                            cell.put("decision", c.decision().name().toLowerCase(java.util.Locale.ROOT));
                            if (!c.code().isEmpty()) {
                                cell.put("code", c.code());
                            }
                            cell.put("source", c.source());
                            return cell;
                        })
                        .toList());
        return answer;
    }
}
