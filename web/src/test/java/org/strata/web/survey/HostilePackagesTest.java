package org.strata.web.survey;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.strata.web.Http.json;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.apache.commons.compress.archivers.zip.UnixStat;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipArchiveOutputStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.strata.data.demo.DemoProject;
import org.strata.data.demo.SampleOptions;
import org.strata.data.demo.SamplePackages;
import org.strata.registry.survey.Stage;
import org.strata.web.DemoServer;
import org.strata.web.Http;
import org.strata.web.boot.StrataServer;

/**
 * A corpus of hostile packages, each refused with its own rule id before anything is stored: zip slip, a zip
 * bomb, a symbolic link, 100,000 entries, a wrong checksum, no manifest, the manifest of another commission, and
 * a surveyor of another firm. After each, the commission still has no package and no file appeared outside the
 * store.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class HostilePackagesTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String COMMISSION = DemoProject.commissionId(Stage.LAND_SUPPLY);

    @TempDir
    static Path folder;

    private StrataServer server;
    private Http http;

    @BeforeAll
    void start() {
        server = DemoServer.start(DemoServer.embedded(folder.resolve("data"), true));
        http = new Http(server.uri());
    }

    @AfterAll
    void stop() {
        server.close();
    }

    static Stream<Arguments> corpus() {
        return Stream.of(
                Arguments.of(
                        "zip slip",
                        "surveyor",
                        422,
                        "zip.path-traversal",
                        withExtra(valid(), "../../evil.txt", "owned".getBytes(StandardCharsets.UTF_8))),
                Arguments.of(
                        "absolute path",
                        "surveyor",
                        422,
                        "zip.path-traversal",
                        withExtra(valid(), "/tmp/strata-evil.txt", "owned".getBytes(StandardCharsets.UTF_8))),
                Arguments.of("zip bomb", "surveyor", 422, "zip.compression-ratio", bomb()),
                Arguments.of("symlink entry", "surveyor", 422, "zip.symlink", symlink()),
                Arguments.of("100,000 entries", "surveyor", 422, "zip.too-many-entries", manyEntries(100_000)),
                Arguments.of("wrong checksum", "surveyor", 422, "package.checksum", wrongChecksum()),
                Arguments.of("missing manifest", "surveyor", 422, "manifest.missing", withoutManifest()),
                Arguments.of(
                        "manifest of another commission",
                        "surveyor",
                        422,
                        "package.commission-mismatch",
                        otherCommission()),
                Arguments.of(
                        "not a zip", "surveyor", 422, "zip.unreadable", "just text".getBytes(StandardCharsets.UTF_8)),
                Arguments.of("surveyor of another firm", "surveyor2", 403, "package.uploader-not-of-firm", valid()));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("corpus")
    void isRefusedWithItsOwnRuleAndStoresNothing(String name, String user, int status, String rule, byte[] zip)
            throws IOException {
        HttpResponse<String> r =
                http.as(user).postBytes("/api/v1/commissions/" + COMMISSION + "/packages", "application/zip", zip);
        assertEquals(status, r.statusCode(), name + ": " + r.body());
        JsonNode body = json(r);
        if (status == 422) {
            boolean named = false;
            for (JsonNode result : body.get("report").get("results")) {
                named |= result.get("rule").asText().equals(rule)
                        && result.get("severity").asText().equals("error");
            }
            assertTrue(named, name + " names " + rule + ": " + body);
        } else {
            assertEquals(rule, body.get("code").asText());
        }
        JsonNode versions = json(http.as("officer").get("/api/v1/commissions/" + COMMISSION + "/packages"));
        assertEquals(0, versions.size(), name + " stored no package");
        assertFalse(Files.exists(folder.resolve("evil.txt")), "nothing written outside the store");
        assertFalse(Files.exists(Path.of("/tmp/strata-evil.txt")), "nothing written at an absolute path");
        try (Stream<Path> files = Files.walk(folder)) {
            assertTrue(files.noneMatch(p -> p.getFileName().toString().contains("evil")));
        }
    }

    static byte[] valid() {
        return SurveyWorkflowTest.sample(Stage.LAND_SUPPLY, SampleOptions.plain());
    }

    private static Map<String, byte[]> entries(byte[] zip) {
        Map<String, byte[]> out = new LinkedHashMap<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            for (ZipEntry e; (e = in.getNextEntry()) != null; ) {
                out.put(e.getName(), in.readAllBytes());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }

    private static byte[] withExtra(byte[] zip, String name, byte[] bytes) {
        Map<String, byte[]> files = entries(zip);
        files.put(name, bytes);
        return SamplePackages.zip(files);
    }

    private static byte[] withoutManifest() {
        Map<String, byte[]> files = entries(valid());
        files.remove("manifest.json");
        return SamplePackages.zip(files);
    }

    private static byte[] wrongChecksum() {
        Map<String, byte[]> files = entries(valid());
        byte[] csv = files.get("tables/boundary-points.csv");
        files.put(
                "tables/boundary-points.csv",
                new String(csv, StandardCharsets.UTF_8).replace(",1\n", ",2\n").getBytes(StandardCharsets.UTF_8));
        return SamplePackages.zip(files);
    }

    private static byte[] otherCommission() {
        Map<String, byte[]> files = entries(valid());
        try {
            ObjectNode manifest = (ObjectNode) JSON.readTree(files.get("manifest.json"));
            ((ObjectNode) manifest.get("commission")).put("id", DemoProject.commissionId(Stage.COMPLETION));
            files.put("manifest.json", JSON.writeValueAsBytes(manifest));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return SamplePackages.zip(files);
    }

    private static byte[] bomb() {
        Map<String, byte[]> files = entries(valid());
        files.put("data/padding.bin", new byte[64 * 1024 * 1024]);
        return SamplePackages.zip(files);
    }

    private static byte[] symlink() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipArchiveOutputStream zip = new ZipArchiveOutputStream(out)) {
            for (Map.Entry<String, byte[]> f : entries(valid()).entrySet()) {
                zip.putArchiveEntry(new ZipArchiveEntry(f.getKey()));
                zip.write(f.getValue());
                zip.closeArchiveEntry();
            }
            ZipArchiveEntry link = new ZipArchiveEntry("data/passwd");
            link.setUnixMode(UnixStat.LINK_FLAG | 0777);
            zip.putArchiveEntry(link);
            zip.write("/etc/passwd".getBytes(StandardCharsets.UTF_8));
            zip.closeArchiveEntry();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    private static byte[] manyEntries(int count) {
        Map<String, byte[]> files = entries(valid());
        for (int i = 0; i < count; i++) {
            files.put("x/" + i, new byte[0]);
        }
        return SamplePackages.zip(files);
    }
}
