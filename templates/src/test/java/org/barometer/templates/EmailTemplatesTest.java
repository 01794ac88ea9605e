package org.barometer.templates;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.thymeleaf.TemplateEngine;
import org.thymeleaf.context.Context;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.StringTemplateResolver;

class EmailTemplatesTest {

    private static final String LINK = "https://barometer.example/r/Q2hhbmdlIG1l";
    private static final String PRIVACY = "https://barometer.example/privacy?lang=xx";

    private final TemplateSource source = TemplateSource.classpathOnly();

    static Stream<Arguments> templates() {
        return Stream.of(EmailTemplate.values()).flatMap(email -> Locales.SUPPORTED.stream().map(locale -> Arguments.of(email, locale)));
    }

    private static String render(String template, TemplateMode mode, Map<String, Object> variables) {
        StringTemplateResolver resolver = new StringTemplateResolver();
        resolver.setTemplateMode(mode);
        TemplateEngine engine = new TemplateEngine();
        engine.setTemplateResolver(resolver);
        return engine.process(template, new Context(null, variables));
    }

    private static Map<String, Object> variables(String name, String organisation) {
        return Map.of("name", name, "link", LINK, "waveLabel", "2026-Q4", "closesAt", "15 December 2026",
                "threshold", 7, "organisation", organisation, "questionCount", 6, "privacyLink", PRIVACY);
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("templates")
    void everyEmailExistsInHtmlAndTextAndUsesTheLinkAndTheThreshold(EmailTemplate email, String locale) {
        for (String path : new String[] {email.htmlPath(locale), email.textPath(locale)}) {
            String template = source.read(path).orElseThrow(() -> new AssertionError(path + " is missing"));

            assertTrue(template.contains("${link}"), path + " gives the link");
            assertTrue(template.contains("${threshold}"), path + " states the anonymity threshold");
        }
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("templates")
    void textEmailRendersWithItsSubjectOnTheFirstLine(EmailTemplate email, String locale) {
        String rendered = render(source.read(email.textPath(locale)).orElseThrow(), TemplateMode.TEXT, variables("Camille", "Acme"));

        EmailText text = EmailText.split(rendered);

        assertTrue(text.subject().contains("2026-Q4"), text.subject());
        assertTrue(text.body().startsWith(locale.equals("fr") ? "Bonjour Camille," : "Hello Camille,"), text.body());
        assertTrue(text.body().contains("\n" + LINK + "\n"), "the raw link stands on its own line");
        assertTrue(text.body().contains(" 7 "), "the threshold is stated");
        assertTrue(text.body().contains("Acme"));
        assertFalse(text.body().contains("[("), "no expression is left unrendered");
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("templates")
    void htmlEmailRendersAButtonAndTheRawLink(EmailTemplate email, String locale) {
        String rendered = render(source.read(email.htmlPath(locale)).orElseThrow(), TemplateMode.HTML, variables("Camille", "Acme"));

        assertTrue(rendered.contains("href=\"" + LINK + "\""), "the button links to the survey");
        assertTrue(rendered.contains(">" + LINK + "</a>"), "the raw link is shown as text");
        assertTrue(rendered.contains(">7</strong>"), "the threshold is stated");
        assertTrue(rendered.contains("lang=\"" + locale + "\""), "screen readers know the language");
        assertFalse(rendered.contains(" th:"), "no attribute is left unrendered");
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("templates")
    void everyEmailLinksToTheDataProtectionPage(EmailTemplate email, String locale) {
        String text = render(source.read(email.textPath(locale)).orElseThrow(), TemplateMode.TEXT, variables("Camille", "Acme"));
        String html = render(source.read(email.htmlPath(locale)).orElseThrow(), TemplateMode.HTML, variables("Camille", "Acme"));

        assertTrue(EmailText.split(text).body().contains("\n" + PRIVACY + "\n"), "the page's address stands on its own line");
        assertTrue(html.contains("href=\"" + PRIVACY.replace("&", "&amp;") + "\""), html);
        assertTrue(html.contains(locale.equals("fr") ? ">protection des données</a>" : ">data protection</a>"), html);
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("templates")
    void emailWithoutNameOrOrganisationStillReadsNaturally(EmailTemplate email, String locale) {
        String text = render(source.read(email.textPath(locale)).orElseThrow(), TemplateMode.TEXT, variables("", ""));
        String html = render(source.read(email.htmlPath(locale)).orElseThrow(), TemplateMode.HTML, variables("", ""));
        String hello = locale.equals("fr") ? "Bonjour," : "Hello,";
        String organisation = locale.equals("fr") ? "votre organisation" : "your organisation";

        assertTrue(EmailText.split(text).body().startsWith(hello), text);
        assertTrue(text.contains(organisation), text);
        assertTrue(html.contains(">" + hello + "</p>"), html);
        assertTrue(html.contains(organisation), html);
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("templates")
    void htmlEmailLoadsNothingFromOutside(EmailTemplate email, String locale) {
        String template = source.read(email.htmlPath(locale)).orElseThrow();

        for (String external : new String[] {"<img", "src=", "<link", "url(", "<script"}) {
            assertFalse(template.contains(external), email.htmlPath(locale) + " contains " + external);
        }
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("templates")
    void frenchEmailsKeepANoBreakSpaceBeforeDoublePunctuation(EmailTemplate email, String locale) {
        if (locale.equals("fr")) {
            for (String path : new String[] {email.htmlPath(locale), email.textPath(locale)}) {
                assertFalse(FrenchTypography.breaksBeforePunctuation(source.read(path).orElseThrow()), path);
            }
        }
    }

    @Test
    void splittingRefusesATextWithoutSubjectLine() {
        assertThrows(IllegalArgumentException.class, () -> EmailText.split("Hello,\n\nbody"));
    }

    @Test
    void splittingDropsTheSubjectLineAndTheBlankLinesAfterIt() {
        assertEquals(new EmailText("Hi there", "Body\n"), EmailText.split("Subject: Hi there\r\n\n\nBody\n"));
    }
}
