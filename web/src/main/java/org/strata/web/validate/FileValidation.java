package org.strata.web.validate;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.strata.geo.io.ShellReaders;
import org.strata.geo.io.SolidFormatException;
import org.strata.geo.model.Shell;
import org.strata.geo.model.Solid;
import org.strata.geo.op.validity.SolidValidator;
import org.strata.geo.op.validity.ValidityError;

/** Validates the solids of a file — TetGen .poly, .off, .obj (with optional inner shells) or CityJSON. */
public final class FileValidation {
    private FileValidation() {}

    /**
     * The errors of each primitive in the file: one entry named {@code solid} for .poly/.off/.obj, one per city
     * object for CityJSON; an unreadable file gives one entry {@code file} with its 9xx error.
     */
    public static Map<String, List<ValidityError>> validate(Path file, List<Path> innerShells) throws IOException {
        String name = file.getFileName().toString();
        String text = Files.readString(file, StandardCharsets.UTF_8);
        try {
            if (name.endsWith(".json") || name.endsWith(".city.json")) {
                return CityJsonSolids.validate(text);
            }
            Shell outer = ShellReaders.read(name, text);
            List<Shell> inner = new ArrayList<>();
            for (Path p : innerShells) {
                inner.add(ShellReaders.read(p.getFileName().toString(), Files.readString(p, StandardCharsets.UTF_8)));
            }
            if (outer.faces().isEmpty()) {
                return Map.of("solid", List.of(new ValidityError(902, "file", "the file holds no face")));
            }
            Map<String, List<ValidityError>> out = new LinkedHashMap<>();
            out.put("solid", SolidValidator.validate(new Solid(outer, inner)));
            return out;
        } catch (SolidFormatException e) {
            int code = Integer.parseInt(e.getMessage().substring(0, 3));
            return Map.of(
                    "file", List.of(new ValidityError(code, name, e.getMessage().substring(5))));
        }
    }

    /** The distinct codes of a result, sorted. */
    public static List<Integer> codes(Map<String, List<ValidityError>> result) {
        TreeSet<Integer> codes = new TreeSet<>();
        result.values().forEach(errors -> errors.forEach(e -> codes.add(e.code())));
        return List.copyOf(codes);
    }
}
