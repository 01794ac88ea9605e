-- Responses stored but not yet added to their wave's live counters. A submission writes one row
-- here instead of updating the counters itself: counting each answer in its own transaction put
-- some thirty counter rows, and their locks, on the path of every submission. The counters are
-- brought up to date in bulk (one statement for many responses) by every instance each second
-- and when a wave closes; live results add the rows still here, so they stay exact.
-- Ids only, as in response: no person, no time.
CREATE TABLE response_uncounted (
    response_id UUID NOT NULL PRIMARY KEY REFERENCES response (id) ON DELETE CASCADE,
    wave_id     UUID NOT NULL
);

CREATE INDEX response_uncounted_wave ON response_uncounted (wave_id);
