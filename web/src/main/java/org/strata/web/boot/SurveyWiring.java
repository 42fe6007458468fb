package org.strata.web.boot;

import java.time.Clock;
import java.util.List;
import org.slf4j.LoggerFactory;
import org.strata.data.demo.DemoProject;
import org.strata.data.jdbc.JdbcStores;
import org.strata.geo.crs.GridTransform;
import org.strata.geo.crs.HeightConversion;
import org.strata.registry.cases.CaseService;
import org.strata.registry.survey.Inspections;
import org.strata.registry.survey.RuleSet;
import org.strata.registry.survey.SurveyCommissions;
import org.strata.registry.survey.SurveyRegistration;
import org.strata.registry.survey.SurveyReview;
import org.strata.registry.survey.SurveyRoles;
import org.strata.registry.survey.SurveySharing;
import org.strata.registry.survey.SurveyUploads;
import org.strata.web.survey.CommissionsResource;
import org.strata.web.survey.DepartmentsResource;
import org.strata.web.survey.InspectionsResource;
import org.strata.web.survey.PackagesResource;
import org.strata.web.survey.ProjectsResource;
import org.strata.web.survey.SurveyPreviewResource;
import org.strata.web.survey.ZipPackageReader;

/**
 * The wiring of merged surveying: reader, rule set, roles, the services, and their resources.
 *
 * @param registration registration's reuse of survey results, for the cases resource
 * @param resources the survey resources to register
 */
record SurveyWiring(SurveyRegistration registration, List<Object> resources) {
    static SurveyWiring create(
            JdbcStores stores, CaseService cases, ServerSettings settings, GridTransform transform, Clock clock) {
        boolean demo = settings.demo();
        if (demo && DemoProject.loadIfAbsent(stores.survey(), clock)) {
            LoggerFactory.getLogger(SurveyWiring.class)
                    .info("Demo area: project {} with its three survey commissions", DemoProject.CODE);
        }
        ZipPackageReader reader = new ZipPackageReader();
        RuleSet rules = RuleSet.standard();
        SurveyRoles roles = new SurveyRoles();
        SurveyRegistration registration =
                new SurveyRegistration(stores.survey(), reader, rules, cases, stores.cadastre(), clock);
        SurveyCommissions commissions = new SurveyCommissions(stores.survey(), roles, clock);
        SurveyUploads uploads =
                new SurveyUploads(stores.survey(), reader, rules, roles, clock, commissions, registration);
        SurveyReview review = new SurveyReview(stores.survey(), reader, rules, roles, clock, registration);
        SurveySharing sharing = new SurveySharing(stores.survey(), reader, roles, clock);
        return new SurveyWiring(
                registration,
                List.of(
                        new ProjectsResource(commissions),
                        new CommissionsResource(commissions, uploads),
                        new PackagesResource(uploads, review, sharing),
                        new DepartmentsResource(sharing),
                        new InspectionsResource(new Inspections(stores.survey(), roles, clock)),
                        new SurveyPreviewResource(
                                uploads,
                                transform,
                                new HeightConversion(settings.geoidOffsetMetres()),
                                settings.groundMetres())));
    }
}
