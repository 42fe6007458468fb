package org.strata.registry.survey;

import java.util.ArrayList;
import java.util.List;

/** The typed results of a project's accepted packages of the stages before a commission's, for cross-stage checks. */
final class EarlierResults {
    private EarlierResults() {}

    static List<CheckContext.EarlierResult> of(
            SurveyStore store, PackageReader reader, RuleSet rules, Commission commission) {
        List<CheckContext.EarlierResult> out = new ArrayList<>();
        for (Commission other : store.commissions()) {
            if (!other.projectCode().equals(commission.projectCode())
                    || other.stage().ordinal() >= commission.stage().ordinal()) {
                continue;
            }
            store.packagesOf(other.id()).stream()
                    .filter(p -> p.status() == PackageStatus.ACCEPTED)
                    .reduce((a, b) -> b)
                    .ifPresent(p -> {
                        PackageContents c = reader.read(store.packageBytes(p.id()), rules);
                        out.add(new CheckContext.EarlierResult(
                                other.stage(),
                                p.id(),
                                SurveyData.of(c),
                                c.manifest().quantities()));
                    });
        }
        return out;
    }
}
