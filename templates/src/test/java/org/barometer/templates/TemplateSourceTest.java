package org.barometer.templates;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class TemplateSourceTest {

    @TempDir
    Path overrides;

    private static void write(Path dir, String relativePath, String content) throws IOException {
        Path file = dir.resolve(relativePath);
        Files.createDirectories(file.getParent());
        Files.writeString(file, content, StandardCharsets.UTF_8);
    }

    private static String builtIn(String relativePath) {
        return TemplateSource.classpathOnly().read(relativePath).orElseThrow();
    }

    @Test
    void readsBuiltInTemplatesFromTheClasspath() {
        Optional<String> invitation = TemplateSource.classpathOnly().read("email/invitation_fr.html");

        assertTrue(invitation.orElseThrow().contains("Baromètre du bien-être"));
    }

    @Test
    void answersEmptyForATemplateThatExistsNowhere() {
        TemplateSource source = new TemplateSource(overrides);

        assertEquals(Optional.empty(), source.read("email/farewell_en.html"));
        assertFalse(source.exists("email/farewell_en.html"));
    }

    @Test
    void overrideDirectoryReplacesABuiltInQuestionSet() throws IOException {
        String reworded = builtIn("questions/wellbeing-barometer.yml")
                .replace("version: 1", "version: 2")
                .replace("Well-being at work barometer", "How are we doing?");
        write(overrides, "questions/wellbeing-barometer.yml", reworded);

        QuestionSet set = new QuestionSetLoader(new TemplateSource(overrides)).load("wellbeing-barometer");

        assertEquals(2, set.version());
        assertEquals("How are we doing?", set.title("en"));
    }

    @Test
    void overrideDirectoryReplacesAnEmailTemplateAndKeepsTheOthers() throws IOException {
        write(overrides, "email/invitation_en.txt", "Subject: Hi\n\n[(${link})] [(${threshold})]\n");
        TemplateSource source = new TemplateSource(overrides);

        assertEquals("Subject: Hi\n\n[(${link})] [(${threshold})]\n", source.read("email/invitation_en.txt").orElseThrow());
        assertEquals(builtIn("email/reminder_en.txt"), source.read("email/reminder_en.txt").orElseThrow());
    }

    @Test
    void overrideDirectoryAddsANewQuestionSet() throws IOException {
        write(overrides, "questions/sample.yml", QuestionSetLoaderTest.validSet());
        TemplateSource source = new TemplateSource(overrides);

        assertEquals(List.of("async-work-pulse", "sample", "wellbeing-barometer"), source.questionSetKeys());
        assertEquals(3, new QuestionSetLoader(source).loadAll().size());
    }

    @Test
    void loadAllReportsTheProblemsOfEveryInvalidSet() throws IOException {
        write(overrides, "questions/first.yml", QuestionSetLoaderTest.validSet().replace("key: sample", "key: first").replace("version: 1", "version: 0"));
        write(overrides, "questions/second.yml", QuestionSetLoaderTest.validSet().replace("key: sample", "key: second").replace("POSITIVE", "UP"));

        InvalidQuestionSetException e = assertThrows(InvalidQuestionSetException.class,
                () -> new QuestionSetLoader(new TemplateSource(overrides)).loadAll());

        assertTrue(e.problems().stream().anyMatch(p -> p.startsWith("first.yml: version")), e.problems()::toString);
        assertTrue(e.problems().stream().anyMatch(p -> p.startsWith("second.yml: question 'q1': polarity")), e.problems()::toString);
    }

    @ParameterizedTest
    @ValueSource(strings = {"../secret.txt", "email/../../secret.txt", "/etc/passwd", "C:/secret.txt",
            "email\\invitation_en.html", "", "questions", ".hidden.yml", "email//invitation_en.html"})
    void refusesPathsThatCouldLeaveTheTemplatesFolder(String path) {
        TemplateSource source = new TemplateSource(overrides);

        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> source.read(path));

        assertTrue(e.getMessage().startsWith("invalid template path '" + path + "'"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> source.exists(path));
    }

    @Test
    void refusesAnOverrideDirectoryThatDoesNotExist() {
        Path missing = overrides.resolve("no-such-dir");

        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> new TemplateSource(missing));

        assertTrue(e.getMessage().contains("no-such-dir"), e.getMessage());
    }

    @Test
    void refusesATemplateThatIsNotUtf8() throws IOException {
        Files.createDirectories(overrides.resolve("email"));
        Files.write(overrides.resolve("email/invitation_fr.txt"), "Subject: Baromètre".getBytes(StandardCharsets.ISO_8859_1));

        assertThrows(UncheckedIOException.class, () -> new TemplateSource(overrides).read("email/invitation_fr.txt"));
    }

    @Test
    void dropsTheByteOrderMarkSomeEditorsAdd() throws IOException {
        write(overrides, "email/invitation_en.txt", "\uFEFFSubject: Hi\n");

        assertEquals("Subject: Hi\n", new TemplateSource(overrides).read("email/invitation_en.txt").orElseThrow());
    }
}
