-- Programs: the recurring barometer. A program's waves are not written in advance: the scheduler
-- creates and opens each one when its quarter's opening time comes, copying the program's
-- settings of that moment onto the wave, so changing a program only ever changes future waves.

CREATE TABLE program (
    id                  UUID PRIMARY KEY,
    name                VARCHAR(200) NOT NULL,
    template_key        VARCHAR(64)  NOT NULL,
    cadence             VARCHAR(16)  NOT NULL CHECK (cadence IN ('QUARTERLY')),
    open_on             VARCHAR(24)  NOT NULL CHECK (open_on IN ('FIRST_MONDAY', 'FIRST_DAY', 'FIRST_WORKING_DAY')),
    open_days           INTEGER      NOT NULL CHECK (open_days BETWEEN 1 AND 60),
    -- Days after the opening, comma-separated and ascending (e.g. '5,10'); '' for none.
    reminder_days       VARCHAR(100) NOT NULL,
    anonymity_threshold INTEGER      NOT NULL CHECK (anonymity_threshold >= 3),
    -- Filter on segment attributes as JSON ({"team":["Sales","R&D"]}); NULL for every active employee.
    audience            TEXT,
    timezone            VARCHAR(64)  NOT NULL,
    paused              BOOLEAN      NOT NULL,
    -- No wave whose opening time is earlier opens: set at creation and at each resume, so a
    -- program never opens a quarter that began before it existed or while it was paused.
    not_before          TIMESTAMP WITH TIME ZONE NOT NULL,
    created_at          TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at          TIMESTAMP WITH TIME ZONE NOT NULL
);

-- A wave created by a program, and the audience frozen when it opened (NULL: everyone active).
-- Manual waves have no program; the unique key lets a program open each quarter once, whatever
-- the number of instances.
ALTER TABLE wave ADD COLUMN program_id UUID REFERENCES program (id) ON DELETE SET NULL;
ALTER TABLE wave ADD COLUMN audience TEXT;
ALTER TABLE wave ADD CONSTRAINT wave_program_label UNIQUE (program_id, label);

-- The reminder rounds of a wave, planned when it opens. queued_at is set by the one instance
-- that queues the round's emails (a conditional update), so each round is queued at most once.
CREATE TABLE wave_reminder (
    wave_id      UUID    NOT NULL REFERENCES wave (id) ON DELETE CASCADE,
    reminder_day INTEGER NOT NULL,
    due_at       TIMESTAMP WITH TIME ZONE NOT NULL,
    queued_at    TIMESTAMP WITH TIME ZONE,
    PRIMARY KEY (wave_id, reminder_day)
);
CREATE INDEX wave_reminder_due ON wave_reminder (queued_at, due_at);
