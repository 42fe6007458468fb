package org.strata.registry.cases.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** {@code docs/legal-rules.md} is what the rule book and the disposal matrix say now. */
class RulesDocumentTest {
    @Test
    void theDocumentIsGeneratedFromTheCodesData() throws Exception {
        Path doc = Path.of("..", "docs", "legal-rules.md");
        assertEquals(
                RulesDocument.render(new RuleBook()),
                Files.readString(doc),
                "docs/legal-rules.md is stale: run scripts/strata legal-rules > docs/legal-rules.md");
    }
}
