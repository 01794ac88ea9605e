package org.barometer.templates;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;
import java.util.stream.Stream;

/**
 * Finds a template by its relative path, first in an override directory, then among the
 * built-in ones on the classpath under {@value #CLASSPATH_ROOT}. Both use the same layout, so
 * customising one email means copying one file into the override directory (the service passes
 * {@code BAROMETER_TEMPLATES_DIR}).
 */
public final class TemplateSource {

    static final String CLASSPATH_ROOT = "barometer-templates/";

    /** Lists the built-in sets: a class loader cannot list a folder inside a jar. */
    static final String QUESTION_INDEX = "questions/index.txt";

    private static final String QUESTIONS = "questions";
    private static final String SET_SUFFIX = ".yml";

    private final Path overrideDir;
    private final ClassLoader classLoader = TemplateSource.class.getClassLoader();

    /**
     * @param overrideDir the directory whose files take precedence, or {@code null} for the
     *                    built-in templates only
     * @throws IllegalArgumentException if {@code overrideDir} is given but is not a directory:
     *                                  a mistyped path would otherwise silently ignore every
     *                                  customisation
     */
    public TemplateSource(Path overrideDir) {
        if (overrideDir != null && !Files.isDirectory(overrideDir)) {
            throw new IllegalArgumentException("template override directory " + overrideDir + " is not a directory");
        }
        this.overrideDir = overrideDir;
    }

    public static TemplateSource classpathOnly() {
        return new TemplateSource(null);
    }

    public Optional<Path> overrideDir() {
        return Optional.ofNullable(overrideDir);
    }

    /**
     * The template's text, decoded as UTF-8, or empty if neither location has it.
     *
     * @param relativePath e.g. {@code email/invitation_fr.html}
     * @throws IllegalArgumentException if the path is absolute, contains {@code ..} or does not
     *                                  name a file
     * @throws UncheckedIOException if the file exists but cannot be read or is not UTF-8
     */
    public Optional<String> read(String relativePath) {
        return readBytes(relativePath).map(bytes -> decode(bytes, relativePath));
    }

    /**
     * The template's raw bytes, for binary files such as the report's fonts, or empty if neither
     * location has it.
     *
     * @param relativePath e.g. {@code report/fonts/DejaVuSans.ttf}
     * @throws IllegalArgumentException if the path is absolute, contains {@code ..} or does not
     *                                  name a file
     * @throws UncheckedIOException if the file exists but cannot be read
     */
    public Optional<byte[]> readBytes(String relativePath) {
        TemplatePath.check(relativePath);
        Optional<Path> override = overrideFile(relativePath);
        try {
            if (override.isPresent()) {
                return Optional.of(Files.readAllBytes(override.get()));
            }
            try (InputStream in = classLoader.getResourceAsStream(CLASSPATH_ROOT + relativePath)) {
                return in == null ? Optional.empty() : Optional.of(in.readAllBytes());
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read template " + relativePath, e);
        }
    }

    public boolean exists(String relativePath) {
        TemplatePath.check(relativePath);
        return overrideFile(relativePath).isPresent()
                || classLoader.getResource(CLASSPATH_ROOT + relativePath) != null;
    }

    /**
     * Keys of every available question set, sorted: the built-in ones named in
     * {@value #QUESTION_INDEX}, plus each {@code questions/*.yml} of the override directory.
     */
    public List<String> questionSetKeys() {
        TreeSet<String> keys = new TreeSet<>(builtInQuestionSetKeys());
        keys.addAll(overriddenQuestionSetKeys());
        return List.copyOf(keys);
    }

    private List<String> builtInQuestionSetKeys() {
        try (InputStream in = classLoader.getResourceAsStream(CLASSPATH_ROOT + QUESTION_INDEX)) {
            if (in == null) {
                return List.of();
            }
            return decode(in.readAllBytes(), QUESTION_INDEX).lines()
                    .map(String::strip)
                    .filter(line -> !line.isEmpty() && !line.startsWith("#"))
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + QUESTION_INDEX, e);
        }
    }

    private List<String> overriddenQuestionSetKeys() {
        if (overrideDir == null || !Files.isDirectory(overrideDir.resolve(QUESTIONS))) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(overrideDir.resolve(QUESTIONS))) {
            return files.filter(Files::isRegularFile)
                    .map(file -> file.getFileName().toString())
                    .filter(name -> name.endsWith(SET_SUFFIX))
                    .map(name -> name.substring(0, name.length() - SET_SUFFIX.length()))
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + overrideDir.resolve(QUESTIONS), e);
        }
    }

    private Optional<Path> overrideFile(String relativePath) {
        if (overrideDir == null) {
            return Optional.empty();
        }
        Path file = overrideDir.resolve(relativePath).normalize();
        // TemplatePath already refuses '..'; this guards against a file system that resolves differently.
        if (!file.startsWith(overrideDir.normalize())) {
            throw new IllegalArgumentException("invalid template path '" + relativePath + "': it leaves " + overrideDir);
        }
        return Files.isRegularFile(file) ? Optional.of(file) : Optional.empty();
    }

    /**
     * Strict decoding: a file saved as Latin-1 must fail loudly, not show "Ã©" to every employee.
     * A byte-order mark, which some Windows editors add, is dropped so that a first line such as
     * {@code Subject: …} still starts the file.
     */
    private static String decode(byte[] bytes, String where) {
        try {
            String text = StandardCharsets.UTF_8.newDecoder().decode(ByteBuffer.wrap(bytes)).toString();
            return text.startsWith("\uFEFF") ? text.substring(1) : text;
        } catch (CharacterCodingException e) {
            throw new UncheckedIOException(where + " is not valid UTF-8", e);
        }
    }
}
