package org.strata.web.validate;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.strata.geo.op.validity.SolidValidator;
import org.strata.geo.op.validity.ValidityError;
import org.strata.web.console.CommandOutput;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code strata validate FILE [--inner FILE]...}: a JSON report of the solid's validity with val3dity's codes. */
@Command(
        name = "validate",
        mixinStandardHelpOptions = true,
        description = "Validate a solid (TetGen .poly, .off, .obj, or CityJSON) with val3dity's error codes;"
                + " prints a JSON report and exits 1 when the solid is invalid.")
public final class ValidateCommand implements Callable<Integer> {

    @Mixin
    private CommandOutput output;

    @Parameters(index = "0", description = "the file: .poly, .off, .obj or CityJSON (.json)")
    Path file;

    @Option(names = "--inner", description = "an inner shell (cavity) of the solid, .poly/.off/.obj; repeatable")
    List<Path> inner = new ArrayList<>();

    @Override
    public Integer call() throws Exception {
        Map<String, List<ValidityError>> result = FileValidation.validate(file, inner);
        Map<String, Object> report = new LinkedHashMap<>();
        report.put("file", file.toString());
        report.put("innerShells", inner.stream().map(Path::toString).toList());
        report.put(
                "tolerances",
                Map.of(
                        "snap",
                        SolidValidator.SNAP_TOLERANCE,
                        "planarity",
                        SolidValidator.PLANARITY_TOLERANCE,
                        "normalsDegrees",
                        SolidValidator.NORMALS_TOLERANCE_DEGREES));
        List<Integer> codes = FileValidation.codes(result);
        report.put("valid", codes.isEmpty());
        report.put("codes", codes);
        Map<String, Object> primitives = new LinkedHashMap<>();
        result.forEach((id, errors) -> primitives.put(
                id,
                Map.of(
                        "valid",
                        errors.isEmpty(),
                        "errors",
                        errors.stream()
                                .map(e -> Map.of("code", e.code(), "where", e.where(), "message", e.message()))
                                .toList())));
        report.put("primitives", primitives);
        output.out()
                .println(new ObjectMapper()
                        .enable(SerializationFeature.INDENT_OUTPUT)
                        .writeValueAsString(report));
        return codes.isEmpty() ? 0 : 1;
    }
}
