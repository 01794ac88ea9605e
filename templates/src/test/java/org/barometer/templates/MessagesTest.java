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
import org.junit.jupiter.api.Test;

class MessagesTest {

    private static final Pattern ARGUMENT = Pattern.compile("\\{\\d+}");

    private static Properties messages(String locale) throws IOException {
        Properties properties = new Properties();
        String text = TemplateSource.classpathOnly().read("messages/messages_" + locale + ".properties").orElseThrow();
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

    @Test
    void bothLanguagesHaveExactlyTheSameKeys() throws IOException {
        assertEquals(messages("en").stringPropertyNames(), messages("fr").stringPropertyNames());
    }

    @Test
    void noMessageIsEmpty() throws IOException {
        for (String locale : Locales.SUPPORTED) {
            Properties messages = messages(locale);
            messages.stringPropertyNames().forEach(key ->
                    assertFalse(messages.getProperty(key).isBlank(), locale + ": " + key + " is empty"));
        }
    }

    @Test
    void bothLanguagesUseTheSameArgumentsForEachKey() throws IOException {
        Properties en = messages("en");
        Properties fr = messages("fr");

        en.stringPropertyNames().forEach(key ->
                assertEquals(arguments(en.getProperty(key)), arguments(fr.getProperty(key)), key));
    }

    @Test
    void noMessageUsesTheAsciiApostropheThatMessageFormatWouldSwallow() throws IOException {
        for (String locale : Locales.SUPPORTED) {
            Properties messages = messages(locale);
            messages.stringPropertyNames().forEach(key ->
                    assertFalse(messages.getProperty(key).contains("'"), locale + ": " + key + " uses ' instead of ’"));
        }
    }

    @Test
    void frenchMessagesKeepANoBreakSpaceBeforeDoublePunctuation() throws IOException {
        Properties fr = messages("fr");

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
