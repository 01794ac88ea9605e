package org.barometer.templates;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringReader;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.Properties;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class MessagesTest {

    private static final Pattern ARGUMENT = Pattern.compile("\\{\\d+}");

    /** The respondent pages' texts ({@code messages}), the HR dashboard's ({@code hr}) and the data protection page's. */
    static Stream<String> bundles() {
        return Stream.of("messages", "hr", "privacy");
    }

    private static Properties messages(String bundle, String locale) throws IOException {
        Properties properties = new Properties();
        String text = TemplateSource.classpathOnly().read("messages/" + bundle + "_" + locale + ".properties").orElseThrow();
        properties.load(new StringReader(text));
        return properties;
    }

    private static Set<String> arguments(String message) {
        Set<String> found = new TreeSet<>();
        Matcher matcher = ARGUMENT.matcher(message);
        while (matcher.find()) {
            found.add(matcher.group());
        }
        return found;
    }

    @ParameterizedTest
    @MethodSource("bundles")
    void bothLanguagesHaveExactlyTheSameKeys(String bundle) throws IOException {
        assertEquals(messages(bundle, "en").stringPropertyNames(), messages(bundle, "fr").stringPropertyNames());
    }

    @ParameterizedTest
    @MethodSource("bundles")
    void noMessageIsEmpty(String bundle) throws IOException {
        for (String locale : Locales.SUPPORTED) {
            Properties messages = messages(bundle, locale);
            messages.stringPropertyNames().forEach(key ->
                    assertFalse(messages.getProperty(key).isBlank(), bundle + "_" + locale + ": " + key + " is empty"));
        }
    }

    @ParameterizedTest
    @MethodSource("bundles")
    void bothLanguagesUseTheSameArgumentsForEachKey(String bundle) throws IOException {
        Properties en = messages(bundle, "en");
        Properties fr = messages(bundle, "fr");

        en.stringPropertyNames().forEach(key ->
                assertEquals(arguments(en.getProperty(key)), arguments(fr.getProperty(key)), key));
    }

    @ParameterizedTest
    @MethodSource("bundles")
    void noMessageUsesTheAsciiApostropheThatMessageFormatWouldSwallow(String bundle) throws IOException {
        for (String locale : Locales.SUPPORTED) {
            Properties messages = messages(bundle, locale);
            messages.stringPropertyNames().forEach(key ->
                    assertFalse(messages.getProperty(key).contains("'"), bundle + "_" + locale + ": " + key + " uses ' instead of ’"));
        }
    }

    @ParameterizedTest
    @MethodSource("bundles")
    void frenchMessagesKeepANoBreakSpaceBeforeDoublePunctuation(String bundle) throws IOException {
        Properties fr = messages(bundle, "fr");

        fr.stringPropertyNames().forEach(key ->
                assertFalse(FrenchTypography.breaksBeforePunctuation(fr.getProperty(key)), key));
    }

    @Test
    void loadsAsAResourceBundleWithAccentsIntact() {
        ResourceBundle fr = ResourceBundle.getBundle("barometer-templates.messages.messages", Locale.FRENCH);

        assertEquals("Envoyer mes réponses", fr.getString("respond.submit"));
        String anonymity = MessageFormat.format(fr.getString("respond.anonymity"), 5);
        assertTrue(anonymity.contains("d’au moins 5 personnes"), anonymity);
    }
}
