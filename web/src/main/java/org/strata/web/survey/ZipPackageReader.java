package org.strata.web.survey;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipFile;
import org.apache.commons.compress.utils.SeekableInMemoryByteChannel;
import org.strata.registry.survey.CheckResult;
import org.strata.registry.survey.Checksums;
import org.strata.registry.survey.ManifestPart;
import org.strata.registry.survey.PackageContents;
import org.strata.registry.survey.PackageReader;
import org.strata.registry.survey.PackageRefusedException;
import org.strata.registry.survey.PartData;
import org.strata.registry.survey.RuleSet;

/**
 * Reads a survey package ZIP in memory — nothing is ever written to disk. The central directory is checked first
 * (entry count, names with {@code ..} or absolute paths, symbolic links, duplicates, declared sizes and ratios);
 * then each entry is read through a counter that stops at the limits whatever the headers claim.
 */
public final class ZipPackageReader implements PackageReader {
    @Override
    public PackageContents read(byte[] zip, RuleSet rules) {
        Map<String, byte[]> files = extract(zip, rules);
        byte[] manifestBytes = files.get("manifest.json");
        if (manifestBytes == null) {
            throw PackageRefusedException.of(
                    "manifest.missing", "manifest.json", "the package has no manifest.json at its root");
        }
        var manifest = ManifestJson.read(manifestBytes);
        Map<String, String> sums = new LinkedHashMap<>();
        files.forEach((path, bytes) -> sums.put(path, Checksums.sha256(bytes)));
        Map<String, PartData> parts = new LinkedHashMap<>();
        List<CheckResult> problems = new ArrayList<>();
        for (ManifestPart p : manifest.parts()) {
            byte[] bytes = files.get(p.path());
            if (bytes == null || parts.containsKey(p.path())) {
                continue;
            }
            try {
                parts.put(p.path(), PartCodecs.decode(p.kind().format(), bytes));
            } catch (RuntimeException e) {
                problems.add(CheckResult.error(
                        "package.part-unreadable",
                        List.of(p.path()),
                        p.path() + " cannot be read as "
                                + p.kind().format().name().toLowerCase(java.util.Locale.ROOT) + ": " + e.getMessage()));
            }
        }
        return new PackageContents(manifest, parts, sums, problems);
    }

    @Override
    public byte[] entry(byte[] zip, String path) {
        byte[] bytes = extract(zip, RuleSet.standard()).get(path);
        if (bytes == null) {
            throw new IllegalArgumentException("the package has no entry " + path);
        }
        return bytes;
    }

    private static Map<String, byte[]> extract(byte[] zip, RuleSet rules) {
        long maxEntries = rules.whole("zip.max-entries");
        long maxTotal = rules.whole("zip.max-uncompressed-bytes");
        long maxEntry = rules.whole("zip.max-entry-bytes");
        double maxRatio = rules.number("zip.max-compression-ratio");
        try (ZipFile file = ZipFile.builder()
                .setSeekableByteChannel(new SeekableInMemoryByteChannel(zip))
                .get()) {
            List<ZipArchiveEntry> entries = Collections.list(file.getEntries());
            if (entries.size() > maxEntries) {
                throw PackageRefusedException.of(
                        "zip.too-many-entries",
                        "package",
                        "the package has " + entries.size() + " entries; at most " + maxEntries + " are accepted");
            }
            Set<String> names = new HashSet<>();
            long declared = 0;
            for (ZipArchiveEntry e : entries) {
                String name = e.getName();
                if (unsafe(name)) {
                    throw PackageRefusedException.of(
                            "zip.path-traversal",
                            name,
                            "entry '" + name + "' leaves the package (absolute path or '..')");
                }
                if (e.isUnixSymlink()) {
                    throw PackageRefusedException.of("zip.symlink", name, "entry '" + name + "' is a symbolic link");
                }
                if (!names.add(name)) {
                    throw PackageRefusedException.of("zip.duplicate-entry", name, "entry '" + name + "' appears twice");
                }
                if (e.getSize() > maxEntry || (e.getSize() > 0 && (declared += e.getSize()) > maxTotal)) {
                    throw tooLarge(name, maxTotal);
                }
                if (e.getCompressedSize() > 0
                        && e.getSize() > 1024 * 1024
                        && (double) e.getSize() / e.getCompressedSize() > maxRatio) {
                    throw ratio(name, (double) e.getSize() / e.getCompressedSize(), maxRatio);
                }
            }
            Map<String, byte[]> out = new LinkedHashMap<>();
            long total = 0;
            for (ZipArchiveEntry e : entries) {
                if (e.isDirectory()) {
                    continue;
                }
                if (!file.canReadEntryData(e)) {
                    throw PackageRefusedException.of(
                            "zip.unsupported-entry",
                            e.getName(),
                            "entry '" + e.getName() + "' uses a compression method or encryption Strata does not read");
                }
                byte[] bytes = readBounded(file, e, Math.min(maxEntry, maxTotal - total), maxRatio, maxTotal);
                total += bytes.length;
                out.put(e.getName(), bytes);
            }
            return out;
        } catch (IOException e) {
            throw PackageRefusedException.of(
                    "zip.unreadable", "package", "the body is not a readable ZIP archive: " + e.getMessage());
        }
    }

    private static byte[] readBounded(ZipFile file, ZipArchiveEntry e, long limit, double maxRatio, long maxTotal)
            throws IOException {
        try (InputStream in = file.getInputStream(e)) {
            java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
            byte[] buffer = new byte[64 * 1024];
            long read = 0;
            int n;
            while ((n = in.read(buffer)) > 0) {
                read += n;
                if (read > limit) {
                    throw tooLarge(e.getName(), maxTotal);
                }
                long compressed = Math.max(1, e.getCompressedSize());
                if (read > 1024 * 1024 && (double) read / compressed > maxRatio) {
                    throw ratio(e.getName(), (double) read / compressed, maxRatio);
                }
                out.write(buffer, 0, n);
            }
            return out.toByteArray();
        }
    }

    private static boolean unsafe(String name) {
        if (name.isEmpty() || name.startsWith("/") || name.startsWith("\\") || name.matches("^[A-Za-z]:.*")) {
            return true;
        }
        for (String segment : name.split("[/\\\\]")) {
            if (segment.equals("..")) {
                return true;
            }
        }
        return false;
    }

    private static PackageRefusedException tooLarge(String name, long maxTotal) {
        return PackageRefusedException.of(
                "zip.too-large",
                name,
                "entry '" + name + "' expands beyond the limits (" + maxTotal + " bytes in all)");
    }

    private static PackageRefusedException ratio(String name, double ratio, double maxRatio) {
        return PackageRefusedException.of(
                "zip.compression-ratio",
                name,
                "entry '" + name + "' expands " + Math.round(ratio) + "-fold; at most " + Math.round(maxRatio)
                        + "-fold is accepted");
    }
}
