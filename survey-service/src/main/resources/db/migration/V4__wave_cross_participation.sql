-- Participation of a closing wave crossed by every pair of segment attributes (team × department,
-- team × location, ...). Never shown: the anonymity guard reads it to stop a cut by one attribute
-- from being subtracted from a cut by another (department total minus its visible teams).

CREATE TABLE wave_cross_participation (
    wave_id     UUID         NOT NULL REFERENCES wave (id) ON DELETE CASCADE,
    cut_name    VARCHAR(64)  NOT NULL,
    cut_value   VARCHAR(200) NOT NULL,
    other_name  VARCHAR(64)  NOT NULL,
    other_value VARCHAR(200) NOT NULL,
    invited     INTEGER      NOT NULL,
    responded   INTEGER      NOT NULL,
    PRIMARY KEY (wave_id, cut_name, cut_value, other_name, other_value)
);
