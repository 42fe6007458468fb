package org.strata.registry.survey;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * An uploaded package as read: its manifest, each listed part decoded, the checksums of every entry, and the
 * problems met while reading (unreadable parts, files the manifest does not list).
 *
 * @param manifest the manifest
 * @param parts the decoded parts by path
 * @param sha256ByPath the SHA-256 of every entry's bytes, by path
 * @param readProblems results of reading, before any check ran
 */
public record PackageContents(
        Manifest manifest,
        Map<String, PartData> parts,
        Map<String, String> sha256ByPath,
        List<CheckResult> readProblems) {
    /** Copies the collections. */
    public PackageContents {
        Objects.requireNonNull(manifest, "manifest");
        parts = Map.copyOf(parts);
        sha256ByPath = Map.copyOf(sha256ByPath);
        readProblems = List.copyOf(readProblems);
    }

    /** The decoded parts of one kind with their manifest entries. */
    public <T extends PartData> List<T> dataOf(PartKind kind, Class<T> type) {
        return manifest.partsOf(kind).stream()
                .map(p -> parts.get(p.path()))
                .filter(type::isInstance)
                .map(type::cast)
                .toList();
    }

    /** The decoded part at a path. */
    public Optional<PartData> part(String path) {
        return Optional.ofNullable(parts.get(path));
    }
}
