package org.strata.registry.survey;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.strata.registry.unit.ParcelCode;
import org.strata.registry.unit.UnitCode;

/**
 * Package rules: format version, the commission, project, stage and firm the manifest names, every commissioned item
 * delivered, parts present with their checksums and counts, no unlisted files, versions in order.
 */
final class PackageRules {
    /** The package format version this service reads. */
    static final String FORMAT_VERSION = "1.0";

    private static final Set<String> REASONS = Set.of("correction", "re-survey", "design-change", "inspection-finding");

    private PackageRules() {}

    static List<CheckResult> check(CheckContext c) {
        List<CheckResult> out = new ArrayList<>();
        Manifest m = c.manifest();
        Commission commission = c.commission();
        if (!m.formatVersion().equals(FORMAT_VERSION)) {
            out.add(CheckResult.measured(
                    "manifest.format-version",
                    Severity.ERROR,
                    m.formatVersion(),
                    FORMAT_VERSION,
                    List.of("manifest.json"),
                    "format version " + m.formatVersion() + " is not " + FORMAT_VERSION));
        }
        if (!m.commissionId().equals(commission.id())) {
            out.add(CheckResult.measured(
                    "package.commission-mismatch",
                    Severity.ERROR,
                    m.commissionId(),
                    commission.id(),
                    List.of("manifest.json"),
                    "the manifest names commission " + m.commissionId() + ", but it was uploaded to commission "
                            + commission.id()));
        }
        if (!m.projectCode().equals(commission.projectCode())) {
            out.add(CheckResult.measured(
                    "package.project-mismatch",
                    Severity.ERROR,
                    m.projectCode(),
                    commission.projectCode(),
                    List.of("manifest.json"),
                    "the manifest names project " + m.projectCode() + ", the commission is for "
                            + commission.projectCode()));
        }
        if (m.stage() != commission.stage()) {
            out.add(CheckResult.measured(
                    "package.stage-mismatch",
                    Severity.ERROR,
                    m.stage().wireName(),
                    commission.stage().wireName(),
                    List.of("manifest.json"),
                    "the manifest is for stage " + m.stage().wireName() + ", the commission for "
                            + commission.stage().wireName()));
        }
        if (!m.firmId().equals(commission.firmId())) {
            out.add(CheckResult.measured(
                    "package.firm-mismatch",
                    Severity.ERROR,
                    m.firmId(),
                    commission.firmId(),
                    List.of("manifest.json"),
                    "one firm delivers every item of a stage: the manifest names firm " + m.firmId()
                            + ", the stage was commissioned to " + commission.firmId()));
        }
        for (String s : m.surveyors()) {
            if (!c.firm().employs(s)) {
                out.add(CheckResult.error(
                        "package.surveyor-not-registered",
                        List.of(s),
                        "surveyor " + s + " is not registered with firm "
                                + c.firm().id()));
            }
        }
        LocalDate commissioned = LocalDate.ofInstant(commission.registeredAt(), ZoneOffset.UTC);
        if (m.surveyDate().isBefore(commissioned)) {
            out.add(CheckResult.measured(
                    "package.survey-before-commission",
                    Severity.ERROR,
                    m.surveyDate().toString(),
                    "not before " + commissioned,
                    List.of("manifest.json"),
                    "the survey date precedes the commission's registration: results must answer a registered"
                            + " commission"));
        }
        items(c, out);
        parts(c, out);
        version(c, out);
        codes(c, out);
        return out;
    }

    private static void codes(CheckContext c, List<CheckResult> out) {
        List<String> codes = new ArrayList<>();
        c.data().buildings().forEach(b -> codes.add(b.code()));
        c.data().units().forEach(u -> codes.add(u.code()));
        c.data().predicted().forEach(u -> codes.add(u.code()));
        for (String code : codes) {
            if (!UnitCode.isValid(code)) {
                out.add(CheckResult.error(
                        "package.unit-code",
                        List.of(code),
                        "'" + code + "' is not a 28-character unit code (GB/T 37346)"));
            } else if (!c.project().parcelCodes().contains(code.substring(0, ParcelCode.LENGTH))) {
                out.add(CheckResult.error(
                        "package.unit-code",
                        List.of(code),
                        code + " lies on a parcel that is not the project's "
                                + c.project().parcelCodes()));
            }
        }
    }

    private static void items(CheckContext c, List<CheckResult> out) {
        Set<SurveyItem> delivered = new HashSet<>();
        c.manifest().parts().forEach(p -> delivered.addAll(p.items()));
        for (SurveyItem i : c.commission().items()) {
            if (!delivered.contains(i)) {
                out.add(CheckResult.error(
                        "package.item-missing",
                        List.of(i.wireName()),
                        "commissioned item " + i.wireName() + " has no part in the package"));
            }
        }
        for (SurveyItem i : delivered) {
            if (!c.commission().items().contains(i)) {
                out.add(CheckResult.error(
                        "package.item-not-commissioned",
                        List.of(i.wireName()),
                        "item " + i.wireName() + " was not commissioned for this stage"));
            }
        }
    }

    private static void parts(CheckContext c, List<CheckResult> out) {
        Map<String, String> sums = c.contents().sha256ByPath();
        Set<String> listed = new HashSet<>();
        for (ManifestPart p : c.manifest().parts()) {
            if (!listed.add(p.path())) {
                out.add(CheckResult.error("package.duplicate-part", List.of(p.path()), p.path() + " is listed twice"));
                continue;
            }
            String actual = sums.get(p.path());
            if (actual == null) {
                out.add(CheckResult.error(
                        "package.part-missing",
                        List.of(p.path()),
                        "the manifest lists " + p.path() + ", which is not in the package"));
                continue;
            }
            if (!actual.equals(p.sha256().toLowerCase(Locale.ROOT))) {
                out.add(CheckResult.measured(
                        "package.checksum",
                        Severity.ERROR,
                        actual,
                        p.sha256(),
                        List.of(p.path()),
                        "the SHA-256 of " + p.path() + " does not match the manifest"));
            }
            c.contents().part(p.path()).ifPresent(d -> {
                if (p.kind().format() != PartKind.Format.EVIDENCE && d.count() != p.featureCount()) {
                    out.add(CheckResult.measured(
                            "package.feature-count",
                            Severity.ERROR,
                            String.valueOf(d.count()),
                            String.valueOf(p.featureCount()),
                            List.of(p.path()),
                            p.path() + " holds " + d.count() + " features or rows; the manifest says "
                                    + p.featureCount()));
                }
            });
        }
        for (String path : sums.keySet()) {
            if (!path.equals("manifest.json") && !listed.contains(path)) {
                out.add(CheckResult.error(
                        "package.unexpected-file", List.of(path), path + " is in the package but not in the manifest"));
            }
        }
    }

    private static void version(CheckContext c, List<CheckResult> out) {
        Manifest m = c.manifest();
        if (c.latestVersion().isEmpty()) {
            if (m.version() != 1 || m.supersedes().isPresent()) {
                out.add(CheckResult.measured(
                        "package.version",
                        Severity.ERROR,
                        String.valueOf(m.version()),
                        "1",
                        List.of("manifest.json"),
                        "the commission has no package yet: this one is version 1 and" + " supersedes nothing"));
            }
            return;
        }
        SurveyPackage latest = c.latestVersion().get();
        if (m.version() != latest.version() + 1 || !m.supersedes().equals(java.util.Optional.of(latest.id()))) {
            out.add(CheckResult.measured(
                    "package.version",
                    Severity.ERROR,
                    "version " + m.version() + " superseding " + m.supersedes().orElse("nothing"),
                    "version " + (latest.version() + 1) + " superseding " + latest.id(),
                    List.of("manifest.json"),
                    "a closed package changes only through a new version that names the one it supersedes"));
        }
        if (m.reason().filter(REASONS::contains).isEmpty()) {
            out.add(CheckResult.measured(
                    "package.version-reason",
                    Severity.ERROR,
                    m.reason().orElse(""),
                    String.join(", ", REASONS.stream().sorted().toList()),
                    List.of("manifest.json"),
                    "a new version says why it supersedes the last"));
        }
    }
}
