package org.strata.registry.cases.rules;

import java.util.Locale;

/** {@code docs/legal-rules.md}: every rule with legal effect and every cell of the disposal matrix, from the code's own data. */
public final class RulesDocument {
    private RulesDocument() {}

    /** The document, in Markdown. */
    public static String render(RuleBook book) {
        StringBuilder out = new StringBuilder();
        out.append("# Rules with legal effect\n\n")
                .append("Generated from the rule book and `disposal-matrix.txt` by `scripts/strata legal-rules`;")
                .append(" a test fails when this file and the code disagree. The same text is served at")
                .append(" `GET /api/v1/rules`.\n\n## Rules\n\n| code | what it says |\n|---|---|\n");
        for (Rule rule : book.rules()) {
            out.append("| `")
                    .append(rule.code())
                    .append("` | ")
                    .append(cell(rule.explanation()))
                    .append(" |\n");
        }
        out.append("\n## The disposal matrix\n\n")
                .append("For each restriction in force and each registration type: allowed, blocked (unless the")
                .append(" seizing court orders it), consent (of the restriction's holder) or warn, with the")
                .append(" finding's code and the legal source. CC = Civil Code; IR = Interim Regulation on Real Estate")
                .append(" Registration; SPC-S = SPC Provisions on Seizure, Distraint and Freezing of Property in Civil")
                .append(" Enforcement (2020); FF2004-5 = 法发〔2004〕5号.\n\n")
                .append("| restriction | registration | decision | code | source |\n|---|---|---|---|---|\n");
        for (DisposalMatrix.Cell c : book.disposalMatrix().cells()) {
            out.append("| ")
                    .append(c.restriction().wireName())
                    .append(" | ")
                    .append(c.type().wireName())
                    .append(" | ")
                    .append(c.decision().name().toLowerCase(Locale.ROOT))
                    .append(" | ")
                    .append(c.code().isEmpty() ? "" : "`" + c.code() + "`")
                    .append(" | ")
                    .append(cell(c.source()))
                    .append(" |\n");
        }
        return out.toString();
    }

    private static String cell(String text) {
        return text.replace("|", "\\|").replace("\n", " ");
    }
}
