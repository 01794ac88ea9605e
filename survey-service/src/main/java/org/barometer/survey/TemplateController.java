package org.barometer.survey;

import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.serde.annotation.Serdeable;
import org.barometer.access.Roles;
import org.barometer.templates.QuestionSet;

import java.util.List;
import java.util.Map;

@Controller("/api/v1/templates")
@Secured({Roles.ADMIN, Roles.HR})
@ExecuteOn(TaskExecutors.BLOCKING)
class TemplateController {

    @Serdeable
    record QuestionView(String key, Map<String, String> text, int min, int max, String polarity) {
    }

    @Serdeable
    record TemplateView(String key, int version, Map<String, String> title, List<QuestionView> questions,
                        boolean freeText) {
    }

    private final QuestionSets sets;

    TemplateController(QuestionSets sets) {
        this.sets = sets;
    }

    @Get
    List<TemplateView> list() {
        return sets.all().stream().map(TemplateController::view).toList();
    }

    private static TemplateView view(QuestionSet set) {
        List<QuestionView> questions = set.questions().stream()
                .map(q -> new QuestionView(q.key(), q.text(), q.scale().min(), q.scale().max(), q.polarity().name()))
                .toList();
        return new TemplateView(set.key(), set.version(), set.title(), questions, set.freeText().isPresent());
    }
}
