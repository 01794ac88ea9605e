-- One script for H2 (MODE=PostgreSQL) and PostgreSQL: only DDL both accept.

CREATE TABLE hr_user (
    id            UUID PRIMARY KEY,
    email         VARCHAR(320) NOT NULL UNIQUE,
    password_hash VARCHAR(100) NOT NULL,
    role          VARCHAR(16)  NOT NULL CHECK (role IN ('ADMIN', 'HR', 'VIEWER')),
    created_at    TIMESTAMP WITH TIME ZONE NOT NULL
);

CREATE TABLE employee (
    id           UUID PRIMARY KEY,
    email        VARCHAR(320) NOT NULL UNIQUE,
    display_name VARCHAR(200),
    locale       VARCHAR(2)   NOT NULL CHECK (locale IN ('fr', 'en')),
    active       BOOLEAN      NOT NULL,
    updated_at   TIMESTAMP WITH TIME ZONE NOT NULL
);

-- Segment attributes (team, department, location, ...): one row per attribute, so any column HR
-- imports can be a breakdown without a schema change.
CREATE TABLE employee_attribute (
    employee_id UUID         NOT NULL REFERENCES employee (id) ON DELETE CASCADE,
    name        VARCHAR(64)  NOT NULL,
    attr_value  VARCHAR(200) NOT NULL,
    PRIMARY KEY (employee_id, name)
);

CREATE TABLE wave (
    id                  UUID PRIMARY KEY,
    label               VARCHAR(40)  NOT NULL,
    template_key        VARCHAR(64)  NOT NULL,
    status              VARCHAR(16)  NOT NULL CHECK (status IN ('DRAFT', 'SCHEDULED', 'OPEN', 'CLOSED')),
    anonymity_threshold INTEGER      NOT NULL CHECK (anonymity_threshold >= 2),
    closes_at           TIMESTAMP WITH TIME ZONE,
    opened_at           TIMESTAMP WITH TIME ZONE,
    closed_at           TIMESTAMP WITH TIME ZONE,
    -- The question set as it was when the wave opened (YAML), so later edits never change a wave.
    frozen_questions    TEXT,
    created_at          TIMESTAMP WITH TIME ZONE NOT NULL
);

CREATE TABLE invitation (
    id          UUID PRIMARY KEY,
    wave_id     UUID        NOT NULL REFERENCES wave (id) ON DELETE CASCADE,
    employee_id UUID        NOT NULL REFERENCES employee (id) ON DELETE CASCADE,
    locale      VARCHAR(2)  NOT NULL,
    -- A flag, never a time: when someone answered would let a log reader pair them with a response.
    responded   BOOLEAN     NOT NULL,
    UNIQUE (wave_id, employee_id)
);

-- Segment attributes as they were when the wave opened; the response copies them.
CREATE TABLE invitation_attribute (
    invitation_id UUID         NOT NULL REFERENCES invitation (id) ON DELETE CASCADE,
    name          VARCHAR(64)  NOT NULL,
    attr_value    VARCHAR(200) NOT NULL,
    PRIMARY KEY (invitation_id, name)
);

-- Only the SHA-256 of a token is stored; the token itself exists only in the email. An invitation
-- may hold several (a resend after a crash, a reminder): any of them answers once for it.
CREATE TABLE invitation_token (
    token_hash    VARCHAR(64) PRIMARY KEY,
    invitation_id UUID        NOT NULL REFERENCES invitation (id) ON DELETE CASCADE
);

-- Transactional outbox: written with the wave opening, delivered by the sender job.
-- It holds no token and no rendered text: the token is minted when the message is sent.
CREATE TABLE outbox_message (
    id              UUID PRIMARY KEY,
    invitation_id   UUID         NOT NULL REFERENCES invitation (id) ON DELETE CASCADE,
    wave_id         UUID         NOT NULL REFERENCES wave (id) ON DELETE CASCADE,
    kind            VARCHAR(16)  NOT NULL CHECK (kind IN ('INVITATION', 'REMINDER')),
    state           VARCHAR(16)  NOT NULL CHECK (state IN ('PENDING', 'SENT', 'FAILED')),
    attempts        INTEGER      NOT NULL,
    next_attempt_at TIMESTAMP WITH TIME ZONE NOT NULL,
    last_error      VARCHAR(500)
);
CREATE INDEX outbox_message_due ON outbox_message (state, next_attempt_at);
CREATE INDEX outbox_message_wave ON outbox_message (wave_id, state);

-- An answer, and nothing that leads back to a person: no employee, no invitation, no time.
CREATE TABLE response (
    id            UUID PRIMARY KEY,
    wave_id       UUID          NOT NULL REFERENCES wave (id) ON DELETE CASCADE,
    comment_text  VARCHAR(2000)
);
CREATE INDEX response_wave ON response (wave_id);

CREATE TABLE response_answer (
    response_id  UUID        NOT NULL REFERENCES response (id) ON DELETE CASCADE,
    question_key VARCHAR(64) NOT NULL,
    answer       INTEGER     NOT NULL,
    PRIMARY KEY (response_id, question_key)
);

CREATE TABLE response_attribute (
    response_id UUID         NOT NULL REFERENCES response (id) ON DELETE CASCADE,
    name        VARCHAR(64)  NOT NULL,
    attr_value  VARCHAR(200) NOT NULL,
    PRIMARY KEY (response_id, name)
);
