package org.barometer.survey;

import com.google.common.cache.Cache;
import com.google.common.cache.CacheBuilder;
import io.micronaut.http.HttpStatus;
import jakarta.inject.Singleton;
import org.barometer.system.BarometerConfig;
import org.barometer.system.ProblemException;
import org.barometer.system.Text;
import org.barometer.templates.InvalidQuestionSetException;
import org.barometer.templates.QuestionSet;
import org.barometer.templates.QuestionSetLoader;
import org.barometer.templates.TemplateSource;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The question sets of this installation: the built-in ones, overridden or extended by files in
 * BAROMETER_TEMPLATES_DIR. Read from disk on each call, so an edited file counts without a restart.
 */
@Singleton
public class QuestionSets {

    private final TemplateSource source;
    private final QuestionSetLoader loader;
    private final Cache<String, QuestionSet> parsed = CacheBuilder.newBuilder().maximumSize(32).build();

    QuestionSets(BarometerConfig config) {
        this.source = new TemplateSource(config.templatesDir().orElse(null));
        this.loader = new QuestionSetLoader(source);
    }

    public TemplateSource source() {
        return source;
    }

    /** @throws ProblemException 422 with every problem of every set, when any set has one */
    public List<QuestionSet> all() {
        try {
            return loader.loadAll();
        } catch (InvalidQuestionSetException e) {
            throw new ProblemException(HttpStatus.UNPROCESSABLE_ENTITY,
                    Text.of("template.invalid-sets", e.problems().size(), e.summary()), e.problems());
        }
    }

    /** The YAML text of a set, validated: what a wave freezes when it opens. */
    public String yamlOf(String key) {
        String yaml = source.read(questionsPath(key)).orElseThrow(() -> new ProblemException(HttpStatus.BAD_REQUEST,
                Text.of("template.unknown", key)));
        parse(yaml, key);
        return yaml;
    }

    /**
     * A frozen set as the wave stored it. Every submission and every results page parses its wave's
     * set: the same few texts over and over, so the parsed (immutable) sets are kept, a few of them.
     */
    public QuestionSet parse(String yaml, String key) {
        QuestionSet cached = parsed.getIfPresent(key + "\n" + yaml);
        if (cached != null) {
            return cached;
        }
        try {
            QuestionSet set = loader.parse(yaml, key + ".yml");
            parsed.put(key + "\n" + yaml, set);
            return set;
        } catch (InvalidQuestionSetException e) {
            throw new ProblemException(HttpStatus.UNPROCESSABLE_ENTITY, Text.of("template.invalid", key, e.summary()),
                    e.problems());
        }
    }

    /**
     * Every set's key and title in {@code lang}, for a choice on a page. A set with a problem is
     * listed by its key alone: choosing it says what is wrong with it, in the reader's language.
     */
    public List<Map<String, String>> choices(String lang) {
        List<Map<String, String>> choices = new ArrayList<>();
        for (String key : source.questionSetKeys()) {
            String title = key;
            try {
                title = parse(yamlOf(key), key).title(lang);
            } catch (ProblemException unusable) {
                // listed by its key
            }
            choices.add(Map.of("key", key, "title", title));
        }
        return choices;
    }

    private static String questionsPath(String key) {
        if (!key.matches("[a-z][a-z0-9_-]{0,63}")) {
            throw new ProblemException(HttpStatus.BAD_REQUEST, Text.of("template.name"));
        }
        return "questions/" + key + ".yml";
    }
}
