package org.barometer.respond;

import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.views.ModelAndView;
import jakarta.inject.Singleton;
import org.barometer.system.DatabaseOutage;
import org.barometer.templates.Locales;
import org.barometer.templates.Question;
import org.barometer.templates.QuestionSet;
import org.barometer.web.PageText;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Builds the models of the respondent pages (form, thanks, used, closed, not found). */
@Singleton
class RespondPages {

    /** One point of a rating scale as a radio button. */
    public record Option(int value, String label, boolean checked) {
    }

    /** One rated question as the form shows it. */
    public record QuestionModel(String key, String text, List<Option> options, String error) {
    }

    private final PageTexts texts;

    RespondPages(PageTexts texts) {
        this.texts = texts;
    }

    HttpResponse<ModelAndView<Map<String, Object>>> forLink(SurveyLink link, String lang) {
        if (link instanceof SurveyLink.Open open) {
            String chosen = language(lang, open.invitation().locale());
            return HttpResponse.ok(form(open, chosen, Map.of(), null, Map.of()));
        }
        String page = "notfound";
        String own = Locales.FALLBACK;
        if (link instanceof SurveyLink.Used used) {
            page = "used";
            own = used.locale();
        } else if (link instanceof SurveyLink.Closed closed) {
            page = "closed";
            own = closed.locale();
        }
        return HttpResponse.<ModelAndView<Map<String, Object>>>status(RespondPageController.statusOf(link))
                .body(message(page, language(lang, own)));
    }

    HttpResponse<ModelAndView<Map<String, Object>>> invalid(SubmissionOutcome.Invalid invalid, String lang,
                                                            Map<String, String> entered, String comment) {
        String chosen = language(lang, invalid.link().invitation().locale());
        Map<String, AnswerProblem> byField = new HashMap<>();
        invalid.problems().forEach(p -> byField.putIfAbsent(p.field(), p));
        return HttpResponse.<ModelAndView<Map<String, Object>>>status(HttpStatus.BAD_REQUEST)
                .body(form(invalid.link(), chosen, entered, comment, byField));
    }

    /**
     * The database could not be reached: the answer was not stored. The page says so and offers to
     * send the same answers again, kept in hidden fields, so nothing has to be typed twice.
     */
    HttpResponse<ModelAndView<Map<String, Object>>> unavailable(String lang, Map<String, String> answers, String comment) {
        ModelAndView<Map<String, Object>> page = message("unavailable", lang);
        Map<String, Object> model = page.getModel().orElseThrow();
        Map<String, String> fields = new LinkedHashMap<>();
        answers.forEach((key, value) -> fields.put("q." + key, value));
        fields.put("comment", comment == null ? "" : comment);
        model.put("resend", fields);
        return outage(page);
    }

    /**
     * The database could not be reached to look the link up: the survey cannot be shown, and
     * nothing was lost (a link is only used up by answers stored); the respondent comes back later.
     */
    HttpResponse<ModelAndView<Map<String, Object>>> linkUnavailable(String lang) {
        return outage(message("link-unavailable", lang));
    }

    private static HttpResponse<ModelAndView<Map<String, Object>>> outage(ModelAndView<Map<String, Object>> page) {
        return HttpResponse.<ModelAndView<Map<String, Object>>>status(HttpStatus.SERVICE_UNAVAILABLE)
                .header(HttpHeaders.RETRY_AFTER, DatabaseOutage.RETRY_AFTER_SECONDS)
                .body(page);
    }

    ModelAndView<Map<String, Object>> message(String page, String lang) {
        PageText t = texts.forLanguage(language(lang, Locales.FALLBACK));
        Map<String, Object> model = base(t);
        model.put("title", t.get(page + ".title"));
        model.put("body", t.get(page + ".body"));
        return new ModelAndView<>("respond/message", model);
    }

    private ModelAndView<Map<String, Object>> form(SurveyLink.Open open, String lang, Map<String, String> entered,
                                                  String comment, Map<String, AnswerProblem> problems) {
        PageText t = texts.forLanguage(lang);
        QuestionSet set = open.questions();
        List<QuestionModel> questions = new ArrayList<>();
        List<String> summary = new ArrayList<>();
        for (int i = 0; i < set.questions().size(); i++) {
            Question q = set.questions().get(i);
            List<Option> options = new ArrayList<>();
            for (int v = q.scale().min(); v <= q.scale().max(); v++) {
                options.add(new Option(v, q.scale().label(lang, v).orElse(""), String.valueOf(v).equals(entered.get(q.key()))));
            }
            String error = errorText(t, problems.get(q.key()), q, i + 1);
            if (error != null) {
                summary.add(error);
            }
            questions.add(new QuestionModel(q.key(), q.text(lang), options, error));
        }
        Map<String, Object> model = base(t);
        model.put("title", set.title(lang));
        model.put("intro", set.intro(lang));
        model.put("waveLabel", open.wave().label());
        model.put("anonymity", t.format("respond.anonymity", open.wave().anonymityThreshold()));
        model.put("counted", counted(t, open));
        model.put("questions", questions);
        model.put("freeText", set.freeText().map(f -> f.text(lang)).orElse(null));
        model.put("commentMax", set.freeText().map(f -> f.maxLength()).orElse(0));
        model.put("comment", comment == null ? "" : comment);
        AnswerProblem commentProblem = problems.get("comment");
        String commentError = commentProblem == null ? null
                : t.format("respond.error.comment-too-long", set.freeText().map(f -> f.maxLength()).orElse(0));
        if (commentError != null) {
            summary.add(commentError);
        }
        model.put("commentError", commentError);
        model.put("errors", summary);
        return new ModelAndView<>("respond/form", model);
    }

    /** In which groups the answer is counted ("Data (team) · Engineering (department)"), or the whole organisation only. */
    private static String counted(PageText t, SurveyLink.Open open) {
        int k = open.wave().anonymityThreshold();
        if (open.counted().isEmpty()) {
            return t.format("respond.counted.none", k);
        }
        List<String> groups = new ArrayList<>();
        open.counted().forEach((name, value) -> groups.add(t.formatAll("respond.counted.group", value, name)));
        return t.formatAll("respond.counted", String.join(" · ", groups), k);
    }

    private static String errorText(PageText t, AnswerProblem problem, Question q, int number) {
        if (problem == null) {
            return null;
        }
        if ("missing".equals(problem.code())) {
            return t.formatAll("respond.error.missing", number);
        }
        return t.formatAll("respond.error.range", number, q.scale().min(), q.scale().max());
    }

    /** The requested language when we have it, else the fallback. */
    static String language(String requested, String fallback) {
        return requested != null && Locales.SUPPORTED.contains(requested) ? requested : fallback;
    }

    private static Map<String, Object> base(PageText t) {
        Map<String, Object> model = new LinkedHashMap<>();
        model.put("t", t);
        model.put("lang", t.lang());
        model.put("otherLang", "fr".equals(t.lang()) ? "en" : "fr");
        return model;
    }
}
