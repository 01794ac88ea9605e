-- What the disclosure gate decided for a closed wave (analytics' DisclosureGate), stored the first
-- time its results are read and never decided again: every page, chart, export, report and trend
-- reads the same decision, and the next wave prefers the same complements. One row per group:
-- name '' with attr_value '' is the organisation.
CREATE TABLE wave_publication (
    wave_id    UUID          NOT NULL REFERENCES wave (id) ON DELETE CASCADE,
    name       VARCHAR(64)   NOT NULL,
    attr_value VARCHAR(200)  NOT NULL,
    -- NULL when shown; else FEWER_THAN_K or PROTECTS_SMALLER
    hidden     VARCHAR(24),
    -- question=REASON pairs, ';'-separated, for the questions whose figures the group withholds
    withheld   VARCHAR(2000) NOT NULL,
    comments   BOOLEAN       NOT NULL,
    PRIMARY KEY (wave_id, name, attr_value)
);
