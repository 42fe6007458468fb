package org.strata.data.demo;

import java.time.Clock;
import java.util.List;
import org.strata.geo.crs.GridTransform;
import org.strata.registry.party.IdNumbers;
import org.strata.registry.survey.Commission;
import org.strata.registry.survey.Firm;
import org.strata.registry.survey.Project;
import org.strata.registry.survey.Stage;
import org.strata.registry.survey.SurveyItem;
import org.strata.registry.survey.SurveyStore;

/**
 * The demo construction project for merged surveying: a residential plot just east of the demo area, its builder,
 * the commissioned firm (demo surveyor {@code surveyor}), a second firm ({@code surveyor2}), and one commission per
 * stage, each for every item of its stage.
 */
public final class DemoProject {
    /** The project code. */
    public static final String CODE = "XH-2026-017";
    /** The parcel code of its land, not yet registered. */
    public static final String PARCEL_CODE = "330106003005GB09001";
    /** The building's unit code. */
    public static final String BUILDING_CODE = PARCEL_CODE + "F00010000";
    /** The commissioned firm. */
    public static final String FIRM_ID = "91330106DEMOSURV01";
    /** A firm not commissioned on the project. */
    public static final String OTHER_FIRM_ID = "91330106DEMOSURV02";
    /** The project's name. */
    public static final String NAME = "之江云庐 (demo)";
    /** Metres east of the demo area's east edge where the site starts. */
    private static final double SITE_OFFSET_METRES = 60;

    private DemoProject() {}

    /** The commission id of a stage. */
    public static String commissionId(Stage stage) {
        return CODE + "-" + stage.wireName();
    }

    /** The project. */
    public static Project project() {
        return new Project(
                CODE,
                NAME,
                DemoAreaGenerator.COUNTY,
                "杭州之江置业有限公司 (demo)",
                builderId(),
                List.of(PARCEL_CODE),
                List.of("地字第330106202600017号", "建字第330106202600017号", "施工许可 330106202611170101"));
    }

    /** The south-west corner of the site, EPSG:4549 easting and northing metres. */
    public static double[] siteOrigin(GridTransform transform, int demoSize) {
        double[] centre = transform.toGrid(DemoLayout.CENTRE_LONGITUDE, DemoLayout.CENTRE_LATITUDE);
        double half = DemoLayout.sideMetres(demoSize) / 2;
        return new double[] {Math.round(centre[0] + half + SITE_OFFSET_METRES), Math.round(centre[1] - 50)};
    }

    /** Writes the firms, the project and its three commissions when the store has no project yet. */
    public static boolean loadIfAbsent(SurveyStore store, Clock clock) {
        if (store.project(CODE).isPresent()) {
            return false;
        }
        store.addFirm(new Firm(FIRM_ID, "杭州西湖测绘院 (demo)", "测绘甲级 浙测资字330106001", List.of("surveyor")));
        store.addFirm(new Firm(OTHER_FIRM_ID, "钱塘勘测有限公司 (demo)", "测绘乙级 浙测资字330106002", List.of("surveyor2")));
        store.addProject(project());
        for (Stage stage : Stage.values()) {
            store.addCommission(new Commission(
                    commissionId(stage), CODE, stage, FIRM_ID, SurveyItem.of(stage), clock.instant(), "officer"));
        }
        return true;
    }

    private static String builderId() {
        return "91330106MA2HDE7X0" + IdNumbers.usccCheckCharacter("91330106MA2HDE7X0");
    }
}
