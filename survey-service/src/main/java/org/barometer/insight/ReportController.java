package org.barometer.insight;

import io.micronaut.context.annotation.Value;
import io.micronaut.context.event.ApplicationEventPublisher;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import org.barometer.access.AuditEvent;
import org.barometer.access.Roles;
import org.barometer.analytics.report.LeadershipReport;
import org.barometer.analytics.report.ReportInput;
import org.barometer.survey.QuestionSets;

import java.util.UUID;

/** {@code GET /api/v1/waves/{id}/report.pdf}: the leadership report of one wave. */
@Controller("/api/v1/waves")
@Secured({Roles.ADMIN, Roles.HR, Roles.VIEWER})
@ExecuteOn(TaskExecutors.BLOCKING)
class ReportController {

    /** Response header with the SHA-256 of the figures, the same as in the report's appendix. */
    static final String CONTENT_HASH = "X-Barometer-Content-Hash";

    private final ReportInputs inputs;
    private final LeadershipReport report;
    private final String defaultLang;
    private final ApplicationEventPublisher<AuditEvent> audit;

    ReportController(ReportInputs inputs, QuestionSets sets, @Value("${barometer.default-locale:fr}") String defaultLang,
                     ApplicationEventPublisher<AuditEvent> audit) {
        this.inputs = inputs;
        this.report = new LeadershipReport(sets.source());
        this.defaultLang = defaultLang;
        this.audit = audit;
    }

    /**
     * @param by       the segment attribute of the groups, {@code team} unless given (empty: organisation only)
     * @param comments {@code true} to add a sample of the visible groups' comments
     */
    @Get("/{id}/report.pdf")
    @Produces(MediaType.APPLICATION_PDF) // so a client asking for a PDF (Accept: application/pdf) is not refused with 406
    HttpResponse<byte[]> report(UUID id, @Nullable @QueryValue String lang, @Nullable @QueryValue String by,
                                @Nullable @QueryValue String comments) {
        String language = ChartParams.lang(lang, defaultLang);
        boolean withComments = ChartParams.flag("comments", comments);
        String attribute = Breakdowns.checkedAttribute(by == null ? "team" : by);
        ReportInput input = inputs.of(id, attribute, language, withComments);
        byte[] pdf = report.pdf(input, language);
        audit.publishEvent(new AuditEvent("report.download", "wave " + id + " (" + input.current().label() + "), lang="
                + language + ", by=" + (attribute == null ? "none" : attribute) + ", comments=" + withComments));
        String file = "barometer-" + input.current().label().replaceAll("[^A-Za-z0-9._-]", "_") + "-" + language + ".pdf";
        return HttpResponse.ok(pdf).contentType(MediaType.APPLICATION_PDF_TYPE)
                .header("Content-Disposition", "attachment; filename=\"" + file + "\"")
                .header(CONTENT_HASH, LeadershipReport.contentHash(input));
    }
}
