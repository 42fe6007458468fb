package org.strata.registry.survey;

import java.util.HashSet;
import java.util.Set;

/** The warnings of a stored package that neither the surveyor's comment nor a reviewer's waiver answered. */
final class OpenWarnings {
    private OpenWarnings() {}

    static Set<String> of(SurveyStore store, SurveyPackage p) {
        Set<String> answered = new HashSet<>();
        store.entries(p.id()).stream()
                .filter(e -> e.kind() == EntryKind.COMMENT || e.kind() == EntryKind.WAIVER)
                .forEach(e -> answered.add(e.subject()));
        Set<String> open = new HashSet<>();
        store.report(p.reportId()).orElseThrow().of(Severity.WARNING).stream()
                .map(CheckResult::rule)
                .filter(r -> !answered.contains(r))
                .forEach(open::add);
        return open;
    }
}
