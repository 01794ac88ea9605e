-- What an open wave shows, counted by each submission inside its own transaction, so live results
-- read a small table instead of grouping every answer. Same cells as wave_histogram: segment_name
-- '' with segment_value '' is the whole wave. Each cell is split over a few slots, one drawn at
-- random per submission, so simultaneous submissions seldom wait on the same row lock; a cell's
-- count is the sum over its slots. No time and no person: only counts, like wave_histogram.

CREATE TABLE wave_live_histogram (
    wave_id       UUID         NOT NULL REFERENCES wave (id) ON DELETE CASCADE,
    segment_name  VARCHAR(64)  NOT NULL,
    segment_value VARCHAR(200) NOT NULL,
    question_key  VARCHAR(64)  NOT NULL,
    answer        INTEGER      NOT NULL,
    slot          INTEGER      NOT NULL,
    n             BIGINT       NOT NULL,
    PRIMARY KEY (wave_id, segment_name, segment_value, question_key, answer, slot)
);

-- Waves that already have answers but no stored aggregates (open while this script runs) start
-- from their answers, all in slot 0, as if each submission had counted itself.
INSERT INTO wave_live_histogram (wave_id, segment_name, segment_value, question_key, answer, slot, n)
SELECT r.wave_id, '', '', a.question_key, a.answer, 0, COUNT(*)
FROM response r
JOIN response_answer a ON a.response_id = r.id
WHERE NOT EXISTS (SELECT 1 FROM wave_participation p WHERE p.wave_id = r.wave_id)
GROUP BY r.wave_id, a.question_key, a.answer;

INSERT INTO wave_live_histogram (wave_id, segment_name, segment_value, question_key, answer, slot, n)
SELECT r.wave_id, t.name, t.attr_value, a.question_key, a.answer, 0, COUNT(*)
FROM response r
JOIN response_answer a ON a.response_id = r.id
JOIN response_attribute t ON t.response_id = r.id
WHERE t.name <> '' AND NOT EXISTS (SELECT 1 FROM wave_participation p WHERE p.wave_id = r.wave_id)
GROUP BY r.wave_id, t.name, t.attr_value, a.question_key, a.answer;
