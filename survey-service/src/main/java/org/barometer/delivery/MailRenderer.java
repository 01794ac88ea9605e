package org.barometer.delivery;

import jakarta.inject.Singleton;
import org.barometer.survey.QuestionSets;
import org.barometer.system.BarometerConfig;
import org.barometer.templates.EmailTemplate;
import org.barometer.templates.EmailText;
import org.thymeleaf.TemplateEngine;
import org.thymeleaf.TemplateSpec;
import org.thymeleaf.context.Context;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.StringTemplateResolver;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;

/**
 * Writes an invitation or reminder from the templates in {@code email/} (overridable through
 * BAROMETER_TEMPLATES_DIR), in the employee's language. Thymeleaf escapes every variable in the
 * HTML version. The first line of the text template gives the subject ({@link EmailText}).
 */
@Singleton
class MailRenderer {

    private final QuestionSets sets;
    private final BarometerConfig config;
    private final ZoneId zone;
    private final TemplateEngine engine = new TemplateEngine();

    MailRenderer(QuestionSets sets, BarometerConfig config, MailSettings settings) {
        this.sets = sets;
        this.config = config;
        this.zone = ZoneId.of(settings.timezone());
        StringTemplateResolver resolver = new StringTemplateResolver();
        resolver.setCacheable(true);
        engine.setTemplateResolver(resolver);
    }

    RenderedMail render(PendingMail mail) {
        EmailTemplate template = EmailTemplate.valueOf(mail.kind());
        Context context = new Context(Locale.forLanguageTag(mail.locale()));
        context.setVariable("name", mail.name() == null ? "" : mail.name());
        context.setVariable("link", config.publicUrl() + "/s/" + mail.token());
        context.setVariable("waveLabel", mail.waveLabel());
        context.setVariable("closesAt", mail.closesAt() == null ? "" : DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG)
                .withLocale(Locale.forLanguageTag(mail.locale())).format(mail.closesAt().atZone(zone)));
        context.setVariable("threshold", mail.threshold());
        context.setVariable("organisation", config.organisation());
        context.setVariable("questionCount", mail.questionCount());
        context.setVariable("privacyLink", config.publicUrl() + "/privacy?lang=" + mail.locale());
        EmailText text = EmailText.split(engine.process(
                new TemplateSpec(read(template.textPath(mail.locale())), TemplateMode.TEXT), context));
        String html = engine.process(new TemplateSpec(read(template.htmlPath(mail.locale())), TemplateMode.HTML), context);
        return new RenderedMail(text.subject(), text.body(), html);
    }

    private String read(String path) {
        return sets.source().read(path).orElseThrow(() -> new IllegalStateException("Missing email template " + path));
    }
}
