package org.barometer.analytics.anonymity;

/**
 * Invited and responded counts of one group.
 *
 * @param invited employees invited
 * @param responded employees who answered, at most {@code invited}
 */
public record Participation(long invited, long responded) {

    public Participation {
        if (responded < 0 || invited < responded) {
            throw new IllegalArgumentException("Need 0 ≤ responded ≤ invited, got " + responded + " of " + invited);
        }
    }

    /**
     * For a group known only by its responses: both measures equal, so the invited count adds
     * no constraint.
     *
     * @return {@code (responses, responses)}
     */
    public static Participation ofResponses(long responses) {
        return new Participation(responses, responses);
    }
}
