package org.barometer.insight;

import io.micronaut.context.annotation.Value;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import org.barometer.access.Roles;
import org.barometer.analytics.findings.Drivers;
import org.barometer.analytics.findings.Findings;
import org.barometer.analytics.findings.FindingsInput;

import java.util.List;
import java.util.UUID;

/**
 * A closed wave's findings and drivers, through the same publication plans as its results (409
 * while it is open). Reads are audited as results are.
 */
@Controller("/api/v1/waves/{id}")
@Secured({Roles.ADMIN, Roles.HR, Roles.VIEWER})
@ExecuteOn(TaskExecutors.BLOCKING)
class FindingsController {

    private final WaveFindings findings;
    private final ViewAudit audit;
    private final String defaultLang;

    FindingsController(WaveFindings findings, ViewAudit audit, @Value("${barometer.default-locale:fr}") String defaultLang) {
        this.findings = findings;
        this.audit = audit;
        this.defaultLang = defaultLang;
    }

    /** {@code ?lang=fr|en} the language of the sentences (default: the service's). */
    @Get("/findings")
    FindingsView findings(UUID id, @Nullable @QueryValue String lang) {
        String language = ChartParams.lang(lang, defaultLang);
        FindingsInput input = findings.inputOf(id);
        FindingsView view = FindingsView.of(id, input.current().label(), input, Findings.of(input), language);
        audit.wave("results.view", id, null, "GET /api/v1/waves/{id}/findings");
        return view;
    }

    /** {@code ?by=team}: the organisation's drivers and those of the attribute's shown groups large enough. */
    @Get("/drivers")
    DriversView drivers(UUID id, @Nullable @QueryValue String by) {
        String attribute = Breakdowns.checkedAttribute(by);
        FindingsInput input = findings.inputOf(id);
        List<Drivers> drivers = Drivers.of(input,
                segment -> segment.isEmpty() || (attribute != null && segment.containsKey(attribute)), Drivers.BOOTSTRAP);
        audit.wave("results.view", id, by, "GET /api/v1/waves/{id}/drivers");
        return DriversView.of(id, input.questions().size(), drivers);
    }
}
