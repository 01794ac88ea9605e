-- Findings: the drivers of well-being regress the index on the questions, which needs, besides the
-- histograms, the sum of each pair of questions' products over a group's answers. Like the
-- histograms, they are a tally per profile (at least k invitees), counted again from the stored
-- answers when a wave closes (tally.BallotBox.recount), and kept when the retention erases the
-- answers, so the drivers of an old wave stay. They tell less than the answers they come from:
-- a pair's sum over a profile, never one person's pair (docs/anonymity.md).
CREATE TABLE profile_cross_product (
    profile_id UUID        NOT NULL REFERENCES wave_profile (id) ON DELETE CASCADE,
    question_a VARCHAR(64) NOT NULL,
    question_b VARCHAR(64) NOT NULL,
    total      BIGINT      NOT NULL,
    PRIMARY KEY (profile_id, question_a, question_b)
);

-- The waves closed before this version, from their answers still stored.
INSERT INTO profile_cross_product (profile_id, question_a, question_b, total)
SELECT r.profile_id, a.question_key, b.question_key, SUM(CAST(a.answer AS BIGINT) * b.answer)
FROM response r
JOIN wave w ON w.id = r.wave_id
JOIN response_answer a ON a.response_id = r.id
JOIN response_answer b ON b.response_id = r.id AND a.question_key < b.question_key
WHERE w.status = 'CLOSED' AND r.profile_id IS NOT NULL
GROUP BY r.profile_id, a.question_key, b.question_key;
