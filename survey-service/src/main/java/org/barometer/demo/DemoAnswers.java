package org.barometer.demo;

import org.barometer.templates.Question;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;

/**
 * How the fictitious employees answer, wave after wave. A rating is a latent score on a 1–5 scale
 * (the question's base level, plus a lasting tilt of the person and of their team, plus the trend,
 * plus noise) rounded and clamped to the question's scale. The trends the demo is meant to show:
 * <ul>
 *   <li>stress and workload rise wave after wave in {@link #STRAINED_DEPARTMENT};</li>
 *   <li>clarity jumps for everyone from wave {@link #CHANGE_WAVE} on (a new planning process);</li>
 *   <li>everything else holds steady around its level, with team-to-team differences.</li>
 * </ul>
 */
public final class DemoAnswers {

    public static final String STRAINED_DEPARTMENT = "Engineering";
    public static final int CHANGE_WAVE = 2;
    private static final Map<String, Double> BASE = Map.of("stress", 2.6, "clarity", 2.6, "interruptions", 3.1,
            "autonomy", 3.5, "workload", 2.7, "support", 3.8);
    private static final List<String> COMMENTS_FR = List.of("Trop de réunions cette fois-ci.",
            "Les nouvelles priorités trimestrielles aident beaucoup.", "Bonne entraide dans l’équipe.",
            "La charge de fin de trimestre était difficile.", "Plus de temps pour se concentrer, merci.");
    private static final List<String> COMMENTS_EN = List.of("Too many meetings this time.",
            "The new quarterly priorities help a lot.", "Great support within the team.",
            "The end-of-quarter workload was hard.", "More time to focus, thank you.");

    private final long seed;

    public DemoAnswers(long seed) {
        this.seed = seed;
    }

    /** One person's ratings in wave {@code wave} (0 for the first), one per question. */
    public Map<String, Integer> ratings(DemoPerson person, int wave, List<Question> questions, Random random) {
        Map<String, Integer> ratings = new LinkedHashMap<>();
        for (Question question : questions) {
            double latent = BASE.getOrDefault(question.key(), 3.2) + trend(question.key(), person, wave)
                    + 0.45 * tilt(person.index(), question.key()) + 0.3 * tilt(-1 - person.teamIndex(), question.key())
                    + 0.75 * random.nextGaussian();
            ratings.put(question.key(), onScale(latent, question.scale().min(), question.scale().max()));
        }
        return ratings;
    }

    /** Now and then a comment, in the person's language; mostly nothing. */
    public Optional<String> comment(DemoPerson person, Random random) {
        if (random.nextDouble() >= 0.12) {
            return Optional.empty();
        }
        List<String> comments = "fr".equals(person.locale()) ? COMMENTS_FR : COMMENTS_EN;
        return Optional.of(comments.get(random.nextInt(comments.size())));
    }

    private static double trend(String key, DemoPerson person, int wave) {
        boolean strained = STRAINED_DEPARTMENT.equals(person.department());
        return switch (key) {
            case "stress" -> strained ? 0.45 * wave : 0;
            case "workload" -> strained ? 0.22 * wave : 0;
            case "clarity" -> wave >= CHANGE_WAVE ? 0.9 + 0.1 * (wave - CHANGE_WAVE) : 0;
            default -> 0;
        };
    }

    /** A lasting, standard-normal tilt of a person (or team, negative ids) on a question, the same in every wave. */
    private double tilt(int who, String key) {
        return new Random(seed * 31 + who * 1_000_003L + key.hashCode()).nextGaussian();
    }

    private static int onScale(double latent, int min, int max) {
        double scaled = min + (latent - 1) * (max - min) / 4.0;
        return (int) Math.max(min, Math.min(max, Math.round(scaled)));
    }
}
