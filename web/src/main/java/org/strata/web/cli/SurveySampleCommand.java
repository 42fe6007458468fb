package org.strata.web.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.strata.data.demo.DemoAreaGenerator;
import org.strata.data.demo.DemoProject;
import org.strata.data.demo.SampleOptions;
import org.strata.data.demo.SamplePackages;
import org.strata.geo.crs.GridTransform;
import org.strata.registry.survey.Stage;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** Writes a valid combined survey package of the demo project for one stage. */
@Command(
        name = "survey-sample",
        mixinStandardHelpOptions = true,
        description = "Write a combined survey package (ZIP) of the demo project for a stage, ready to upload to"
                + " POST /api/v1/commissions/" + DemoProject.CODE + "-STAGE/packages as surveyor.")
final class SurveySampleCommand implements Callable<Integer> {
    @Option(names = "--stage", required = true, description = "land-supply, construction or completion")
    String stage;

    @Option(names = "--out", required = true, description = "the ZIP file to write")
    Path out;

    @Option(
            names = "--area-factor",
            defaultValue = "1.0",
            description = "scale the as-built unit areas above ground (completion; 1.05 gives a 5%% difference)")
    double areaFactor;

    @Option(names = "--overlapping-units", description = "widen one unit into its neighbour (a rejected package)")
    boolean overlap;

    @Option(
            names = "--demo-size",
            defaultValue = "" + DemoAreaGenerator.DEFAULT_SIZE,
            description = "blocks a side of the demo area the service was started with")
    int demoSize;

    @Override
    public Integer call() throws Exception {
        Stage s = Stage.ofWireName(stage);
        SampleOptions options = SampleOptions.plain().withAreaFactor(areaFactor);
        if (overlap) {
            options = options.withOverlap();
        }
        byte[] zip = SamplePackages.write(s, DemoProject.siteOrigin(GridTransform.epsg4549(), demoSize), options);
        Files.write(out, zip);
        System.out.println(
                "wrote " + out + " (" + zip.length + " bytes) for commission " + DemoProject.commissionId(s));
        return 0;
    }
}
