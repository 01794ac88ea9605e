-- What a closed wave shows, stored when it closes so past quarters are read from small tables.
-- segment_name '' with segment_value '' is the whole wave; every other row is one value of one
-- segment attribute. People without a value for an attribute are the whole wave minus its values.

CREATE TABLE wave_histogram (
    wave_id       UUID         NOT NULL REFERENCES wave (id) ON DELETE CASCADE,
    segment_name  VARCHAR(64)  NOT NULL,
    segment_value VARCHAR(200) NOT NULL,
    question_key  VARCHAR(64)  NOT NULL,
    answer        INTEGER      NOT NULL,
    n             INTEGER      NOT NULL,
    PRIMARY KEY (wave_id, segment_name, segment_value, question_key, answer)
);

CREATE TABLE wave_participation (
    wave_id       UUID         NOT NULL REFERENCES wave (id) ON DELETE CASCADE,
    segment_name  VARCHAR(64)  NOT NULL,
    segment_value VARCHAR(200) NOT NULL,
    invited       INTEGER      NOT NULL,
    responded     INTEGER      NOT NULL,
    PRIMARY KEY (wave_id, segment_name, segment_value)
);
