package org.barometer.tally;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import org.barometer.system.Vacuum;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The tally of waves, the one door out of this package: how many were invited to and answered
 * each profile of a wave, how they answered, and what they wrote. Everything here is counts or
 * texts per profile (a stored attribute tuple shared by at least k invitees), never per person.
 * <p>
 * Open waves: participation is live (the ballots still waiting in the box count as answered), and
 * no answer, histogram or comment is given out: a figure read twice while answers arrive would
 * give the difference, one person's answer (DESIGN.md, Anonymity §4). Closed waves: complete,
 * since their closing released the ballot box.
 * <p>
 * Inside the package: the ballot box and its release (BallotBox, ReleaseSchedule, ClosingRelease),
 * the order a batch is written in (ReleaseOrder), the counts (ProfileCounts), the retention's
 * erasure of answers (AnswerErasure). Vacuuming is system.Vacuum's.
 */
@Singleton
public class Tally {

    /**
     * One profile of a wave.
     *
     * @param tuple     the segment attributes its answers are counted in (name to value)
     * @param responded answers given, live while the wave is open
     * @param answers   question to answer value to count; empty while the wave is open
     */
    public record Profile(UUID id, Map<String, String> tuple, long invited, long responded,
                          Map<String, Map<Integer, Long>> answers) {

        public Profile {
            tuple = Map.copyOf(tuple);
            answers = Map.copyOf(answers);
        }
    }

    /**
     * @param closed   whether the wave is closed (its answers are then given)
     * @param segments every segment value among the invitees when the wave opened, with how many
     *                 held it (name to value to invited), including values no profile keeps
     */
    public record WaveCounts(UUID waveId, boolean closed, List<Profile> profiles, Map<String, Map<String, Long>> segments) {

        public WaveCounts {
            profiles = List.copyOf(profiles);
            segments = Map.copyOf(segments);
        }
    }

    /** A comment of a closed wave and the profile of its author. */
    public record Comment(UUID profile, String text) {
    }

    /** A wave whose answers and comments the retention erased: how many responses went. */
    public record Erased(UUID waveId, String label, int responses) {
    }

    private final ProfileCounts counts;
    private final AnswerErasure erasure;
    private final Vacuum vacuum;

    Tally(ProfileCounts counts, AnswerErasure erasure, Vacuum vacuum) {
        this.counts = counts;
        this.erasure = erasure;
        this.vacuum = vacuum;
    }

    /** How a submission writes its ratings into the ballot box. */
    public static String ballotAnswers(Map<String, Integer> answers) {
        return BallotAnswers.encode(answers);
    }

    @Transactional(readOnly = true)
    public WaveCounts counts(UUID waveId) {
        return counts.counts(List.of(waveId), null).get(waveId);
    }

    /** @param question only this question's answers, or null for all */
    @Transactional(readOnly = true)
    public Map<UUID, WaveCounts> counts(Collection<UUID> waveIds, String question) {
        return waveIds.isEmpty() ? Map.of() : counts.counts(waveIds, question);
    }

    /**
     * Each profile's sums of products of pairs of questions ({@code "clarity|stress"}, keys in
     * order) of a closed wave: with the histograms, what the drivers need. Empty for an open wave.
     */
    @Transactional(readOnly = true)
    public Map<UUID, Map<String, Long>> crossProducts(UUID waveId) {
        return counts.crossProducts(waveId);
    }

    /** None for an open wave, nor for one whose answers were erased ({@link #answersErased}). */
    @Transactional(readOnly = true)
    public List<Comment> comments(UUID waveId) {
        return counts.comments(waveId);
    }

    /** Whether the retention erased the wave's answers and comments (its counts remain). */
    public boolean answersErased(UUID waveId) {
        return erasure.erased(waveId);
    }

    /**
     * Erases the answers and comments of every wave closed before {@code closedBefore}, each in
     * its own transaction, then vacuums them away. Idempotent: every instance may call it.
     *
     * @return the waves this call erased
     */
    public List<Erased> eraseAnswersClosedBefore(Instant closedBefore, Instant now) {
        List<Erased> erased = new ArrayList<>();
        for (UUID wave : erasure.due(closedBefore)) {
            erasure.erase(wave, closedBefore, now).ifPresent(erased::add);
        }
        if (!erased.isEmpty()) {
            vacuum.tables("response_answer", "response");
        }
        return erased;
    }
}
