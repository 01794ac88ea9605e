package org.barometer.privacy;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Produces;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.views.ModelAndView;
import org.barometer.survey.ThresholdRange;
import org.barometer.system.BarometerConfig;
import org.barometer.templates.TemplateSource;
import org.barometer.web.PageText;
import org.barometer.web.ReaderLanguage;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * {@code /privacy}: what the service keeps, who sees what, for how long and whom to ask, for
 * employees and their representatives, without signing in, in French or English (as the
 * respondent's pages: {@code ?lang=}, else the browser's). The texts are templates
 * ({@code messages/privacy_<lang>.properties}); every duration, threshold and contact in them is
 * read from what the service applies.
 */
@Controller("/privacy")
@Secured(SecurityRule.IS_ANONYMOUS)
@ExecuteOn(TaskExecutors.BLOCKING)
@Produces(MediaType.TEXT_HTML)
class PrivacyPageController {

    private final TemplateSource source;
    private final RetentionSettings retention;
    private final PrivacySettings contacts;
    private final ThresholdRange thresholds;

    PrivacyPageController(BarometerConfig config, RetentionSettings retention, PrivacySettings contacts,
                          ThresholdRange thresholds) {
        this.source = new TemplateSource(config.templatesDir().orElse(null));
        this.retention = retention;
        this.contacts = contacts;
        this.thresholds = thresholds;
    }

    @Get
    ModelAndView<Map<String, Object>> show(HttpRequest<?> request) {
        String lang = ReaderLanguage.of(request);
        String path = "messages/privacy_" + lang + ".properties";
        // Read at each request, like the HR pages' texts: an edited override counts without a restart.
        PageText t = PageText.of(source.read(path).orElseThrow(() -> new IllegalStateException("Missing " + path)), lang);
        Map<String, Object> model = new LinkedHashMap<>();
        model.put("t", t);
        model.put("lang", lang);
        model.put("otherLang", "fr".equals(lang) ? "en" : "fr");
        model.put("title", t.get("privacy.title"));
        model.put("floor", thresholds.floor());
        model.put("answersKept", PeriodWords.of(retention.answers(), t));
        model.put("leaversKept", PeriodWords.of(retention.leavers(), t));
        model.put("controller", contacts.controllerText().orElse(null));
        model.put("contact", contacts.contactText().orElse(null));
        return new ModelAndView<>("privacy/page", model);
    }
}
