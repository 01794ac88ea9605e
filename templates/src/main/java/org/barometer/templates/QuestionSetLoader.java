package org.barometer.templates;

import java.util.ArrayList;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.Optional;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;

/**
 * Loads question sets ({@code questions/<key>.yml}) from a {@link TemplateSource} and checks
 * them. A set with any problem is refused as a whole, with all its problems listed, so that a
 * survey never goes out with a question missing its French text or a scale upside down.
 */
public final class QuestionSetLoader {

    private final TemplateSource source;

    public QuestionSetLoader(TemplateSource source) {
        this.source = Objects.requireNonNull(source, "source");
    }

    /**
     * @throws NoSuchElementException if no set has this key
     * @throws InvalidQuestionSetException if the set has problems
     */
    public QuestionSet load(String key) {
        if (!QuestionSetReader.KEY.matcher(key).matches()) {
            throw new IllegalArgumentException("question set key '" + key + "' must match " + QuestionSetReader.KEY.pattern());
        }
        String path = path(key);
        String yaml = source.read(path).orElseThrow(() -> new NoSuchElementException(
                "no question set '" + key + "' (available: " + String.join(", ", source.questionSetKeys()) + ")"));
        return parse(yaml, key + ".yml");
    }

    /**
     * Every available set, sorted by key. Checks all of them before failing, so that one start
     * of the service lists every problem of every customised set.
     *
     * @throws InvalidQuestionSetException with the problems of all invalid sets
     */
    public List<QuestionSet> loadAll() {
        Problems problems = new Problems();
        List<QuestionSet> sets = new ArrayList<>();
        for (String key : source.questionSetKeys()) {
            if (!QuestionSetReader.KEY.matcher(key).matches()) {
                problems.add("questions/" + key + ".yml", "set.file-name", QuestionSetReader.KEY.pattern());
                continue;
            }
            Optional<String> yaml = source.read(path(key));
            if (yaml.isEmpty()) {
                problems.add(TemplateSource.QUESTION_INDEX, "set.index-missing", key, path(key));
                continue;
            }
            read(yaml.get(), key + ".yml", problems).ifPresent(sets::add);
        }
        problems.throwIfAny();
        return List.copyOf(sets);
    }

    /**
     * Reads one set from its YAML text, e.g. one uploaded by HR.
     *
     * @param origin names the text in problems; when it is a file name ending in {@code .yml},
     *               the set's key must equal that name
     * @throws InvalidQuestionSetException if the set has problems
     */
    public QuestionSet parse(String yaml, String origin) {
        Problems problems = new Problems();
        Optional<QuestionSet> set = read(yaml, origin, problems);
        problems.throwIfAny();
        return set.orElseThrow();
    }

    private static Optional<QuestionSet> read(String yaml, String origin, Problems problems) {
        Object document;
        try {
            document = yaml().load(yaml);
        } catch (YAMLException e) {
            if (e instanceof MarkedYAMLException marked && marked.getProblemMark() != null) {
                // Where is ours to say in each language; what is SnakeYAML's, in English only.
                problems.add(origin, "set.yaml.at", marked.getProblemMark().getLine() + 1,
                        marked.getProblemMark().getColumn() + 1, marked.getProblem());
            } else {
                problems.add(origin, "set.yaml", e.getMessage());
            }
            return Optional.empty();
        }
        return QuestionSetReader.read(document, origin, problems);
    }

    /**
     * SafeConstructor builds only maps, lists and scalars: a set can come from an upload, and
     * a YAML tag must never instantiate an arbitrary class. Duplicate keys are errors because
     * the second silently winning would hide a mistake. A new parser per use: Yaml is not
     * thread-safe.
     */
    private static Yaml yaml() {
        LoaderOptions options = new LoaderOptions();
        options.setAllowDuplicateKeys(false);
        options.setMaxAliasesForCollections(20);
        options.setCodePointLimit(1_000_000);
        return new Yaml(new SafeConstructor(options));
    }

    private static String path(String key) {
        return "questions/" + key + ".yml";
    }
}
