package org.barometer.directory;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Consumes;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.http.multipart.CompletedFileUpload;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.views.ModelAndView;
import org.barometer.access.Roles;
import org.barometer.system.ProblemException;
import org.barometer.web.HrFrame;
import org.barometer.web.WholeNumberQuery;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

/**
 * {@code /hr/staff}: the staff list with filters, and the import in two steps. The upload only
 * previews (nothing is written) and shows every row error; the confirmation imports the same
 * text, all or nothing.
 */
@Controller("/hr/staff")
@Secured({Roles.ADMIN, Roles.HR})
@ExecuteOn(TaskExecutors.BLOCKING)
@Produces(MediaType.TEXT_HTML)
class StaffPageController {

    static final int PAGE_SIZE = 50;

    private final HrFrame frame;
    private final EmployeeDirectory directory;
    private final StaffPreview preview;
    private final EmployeeImporter importer;
    private final ImportAudit audit;

    StaffPageController(HrFrame frame, EmployeeDirectory directory, StaffPreview preview, EmployeeImporter importer,
                        ImportAudit audit) {
        this.frame = frame;
        this.directory = directory;
        this.preview = preview;
        this.importer = importer;
        this.audit = audit;
    }

    @Get
    HttpResponse<ModelAndView<Map<String, Object>>> list(HttpRequest<?> request, Authentication user,
                                                         @Nullable @QueryValue String q, @Nullable @QueryValue String team,
                                                         @Nullable @QueryValue String status,
                                                         @Nullable @QueryValue String page) {
        try {
            return HttpResponse.ok(listPage(request, user, q, team, status, WholeNumberQuery.of("page", page, 0)));
        } catch (ProblemException e) {
            return frame.refusal(request, user, "staff", e);
        }
    }

    private ModelAndView<Map<String, Object>> listPage(HttpRequest<?> request, Authentication user, String q,
                                                       String team, String status, int page) {
        // After an import (post/redirect/get), what it did; read first, so a bad count is refused before any query.
        var imported = request.getParameters();
        int created = WholeNumberQuery.of("created", imported.get("created"), 0);
        int updated = WholeNumberQuery.of("updated", imported.get("updated"), 0);
        int deactivated = WholeNumberQuery.of("deactivated", imported.get("deactivated"), 0);
        Map<String, Object> model = frame.model(request, user, "staff");
        String shown = status == null || !List.of("active", "inactive", "all").contains(status) ? "active" : status;
        Boolean active = switch (shown) {
            case "inactive" -> Boolean.FALSE;
            case "all" -> null;
            default -> Boolean.TRUE;
        };
        EmployeeDirectory.Page found = directory.list(new EmployeeDirectory.Filter(q, team, active), page, PAGE_SIZE);
        model.put("q", q == null ? "" : q);
        model.put("team", team == null ? "" : team);
        model.put("status", shown);
        model.put("teams", directory.teams());
        model.put("found", found);
        model.put("pages", (found.total() + PAGE_SIZE - 1) / PAGE_SIZE);
        model.put("imported", imported.getFirst("created").isPresent());
        model.put("created", created);
        model.put("updated", updated);
        model.put("deactivated", deactivated);
        return new ModelAndView<>("hr/staff", model);
    }

    /** Reads the uploaded file and shows what an import would do; writes nothing. */
    @Post("/preview")
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    HttpResponse<ModelAndView<Map<String, Object>>> preview(HttpRequest<?> request, Authentication user,
                                                            CompletedFileUpload file,
                                                            @Nullable String deactivateMissing) {
        String csv = text(file);
        boolean deactivate = "true".equals(deactivateMissing);
        StaffPreview.Outcome outcome = preview.of(csv, deactivate);
        return HttpResponse.<ModelAndView<Map<String, Object>>>status(outcome.importable() ? HttpStatus.OK
                : HttpStatus.BAD_REQUEST).body(previewPage(request, user, csv, deactivate, outcome, file.getFilename()));
    }

    /** Imports the previewed text, all or nothing, then shows the list (post/redirect/get). */
    @Post("/import")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> importCsv(HttpRequest<?> request, Authentication user, @Body Map<String, String> form) {
        String csv = form.getOrDefault("csv", "");
        boolean deactivate = "true".equals(form.get("deactivateMissing"));
        try {
            EmployeeImporter.Outcome outcome = importer.importCsv(csv, deactivate);
            audit.imported(outcome);
            ImportResult result = outcome.counts();
            return HttpResponse.seeOther(URI.create("/hr/staff?created=" + result.created() + "&updated="
                    + result.updated() + "&deactivated=" + result.deactivated()));
        } catch (ProblemException e) {
            return HttpResponse.status(e.status()).body(previewPage(request, user, csv, deactivate,
                    preview.of(csv, deactivate), form.getOrDefault("filename", "")));
        }
    }

    private ModelAndView<Map<String, Object>> previewPage(HttpRequest<?> request, Authentication user, String csv,
                                                          boolean deactivate, StaffPreview.Outcome outcome,
                                                          String filename) {
        Map<String, Object> model = frame.model(request, user, "staff");
        model.put("outcome", outcome);
        model.put("csv", csv);
        model.put("deactivateMissing", deactivate);
        model.put("filename", filename == null ? "" : filename);
        return new ModelAndView<>("hr/staff-preview", model);
    }

    private static String text(CompletedFileUpload file) {
        try {
            return new String(file.getBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
