-- Anonymity in storage (docs/anonymity.md). Answers are stored with a profile instead of a copy of
-- every segment attribute, and reach the response tables through a ballot box.

-- A profile is the attribute tuple answers of a wave are stored with, generalised when the wave
-- opens so that at least k invitees share it (analytics' Generalisation): a team of three is
-- stored with its department only. Its counts are the wave's tally: invited (at opening and
-- invite-new), responded and the histograms (added by each release from the ballot box). Every
-- figure of a wave is a sum over its profiles.
CREATE TABLE wave_profile (
    id        UUID PRIMARY KEY,
    wave_id   UUID    NOT NULL REFERENCES wave (id) ON DELETE CASCADE,
    invited   INTEGER NOT NULL,
    responded INTEGER NOT NULL
);
CREATE INDEX wave_profile_wave ON wave_profile (wave_id);

CREATE TABLE wave_profile_attribute (
    profile_id UUID         NOT NULL REFERENCES wave_profile (id) ON DELETE CASCADE,
    name       VARCHAR(64)  NOT NULL,
    attr_value VARCHAR(200) NOT NULL,
    PRIMARY KEY (profile_id, name)
);

CREATE TABLE profile_histogram (
    profile_id   UUID        NOT NULL REFERENCES wave_profile (id) ON DELETE CASCADE,
    question_key VARCHAR(64) NOT NULL,
    answer       INTEGER     NOT NULL,
    n            INTEGER     NOT NULL,
    PRIMARY KEY (profile_id, question_key, answer)
);

-- Every segment value among a wave's invitees when it opened, with how many held it: the groups a
-- reader may ask for, including those no profile keeps (said hidden, with the reason).
CREATE TABLE wave_segment (
    wave_id    UUID         NOT NULL REFERENCES wave (id) ON DELETE CASCADE,
    name       VARCHAR(64)  NOT NULL,
    attr_value VARCHAR(200) NOT NULL,
    invited    INTEGER      NOT NULL,
    PRIMARY KEY (wave_id, name, attr_value)
);

ALTER TABLE invitation ADD COLUMN profile_id UUID REFERENCES wave_profile (id) ON DELETE CASCADE;

-- The ballot box: a submission consumes its invitation and drops its answer here, in one
-- transaction (so this row shares the invitation's transaction id: it is linkable while it waits).
-- A release moves a wave's ballots into the response tables once at least k are waiting (or at
-- closing), shuffled, under fresh ids, in its own transaction, deletes them here and vacuums.
-- No foreign key to the profile: a key-share lock per submission on a few hot rows is contention
-- for nothing, the profile is copied from the invitation in the same statement.
CREATE TABLE ballot (
    id           UUID PRIMARY KEY,
    wave_id      UUID          NOT NULL REFERENCES wave (id) ON DELETE CASCADE,
    profile_id   UUID          NOT NULL,
    -- question=answer pairs, ';'-separated (keys are [a-z0-9_-]), e.g. 'clarity=4;stress=2'
    answers      VARCHAR(2000) NOT NULL,
    comment_text VARCHAR(4000)
);
CREATE INDEX ballot_wave ON ballot (wave_id);

ALTER TABLE response ADD COLUMN profile_id UUID REFERENCES wave_profile (id) ON DELETE CASCADE;
