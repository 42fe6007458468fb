package org.strata.registry.survey;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Everything a check run looks at: the commission with its project and firm, the package as read and typed,
 * the latest stored version of the same commission, the accepted results of earlier stages, and the rule set.
 *
 * @param commission the commission the upload answers
 * @param project its project
 * @param firm its firm
 * @param contents the package as read
 * @param data its typed results
 * @param latestVersion the latest stored package of the commission, if any
 * @param earlier the typed results of the project's accepted packages of other stages
 * @param rules the tolerances
 */
public record CheckContext(
        Commission commission,
        Project project,
        Firm firm,
        PackageContents contents,
        SurveyData data,
        Optional<SurveyPackage> latestVersion,
        List<EarlierResult> earlier,
        RuleSet rules) {
    /** Checks the fields. */
    public CheckContext {
        Objects.requireNonNull(commission, "commission");
        Objects.requireNonNull(project, "project");
        Objects.requireNonNull(firm, "firm");
        Objects.requireNonNull(contents, "contents");
        Objects.requireNonNull(data, "data");
        Objects.requireNonNull(latestVersion, "latestVersion");
        earlier = List.copyOf(earlier);
        Objects.requireNonNull(rules, "rules");
    }

    /** The manifest. */
    public Manifest manifest() {
        return contents.manifest();
    }

    /** The accepted results of one earlier stage, if there are any. */
    public Optional<SurveyData> earlier(Stage stage) {
        return earlier.stream()
                .filter(e -> e.stage() == stage)
                .map(EarlierResult::data)
                .findFirst();
    }

    /** A key quantity of the accepted package of an earlier stage, if stated. */
    public Optional<Double> earlierQuantity(Stage stage, String name) {
        return earlier.stream()
                .filter(e -> e.stage() == stage)
                .findFirst()
                .flatMap(e -> Optional.ofNullable(e.quantities().get(name)));
    }

    /**
     * The typed results of an accepted package of an earlier stage.
     *
     * @param stage its stage
     * @param packageId its id
     * @param data its results
     * @param quantities its manifest's key quantities
     */
    public record EarlierResult(
            Stage stage, String packageId, SurveyData data, java.util.Map<String, Double> quantities) {}
}
