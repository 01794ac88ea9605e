-- Participation of an open wave kept as counters, so live results and the anonymity guard read a
-- small table instead of grouping every invitation: invited counted when the wave opens (and when
-- newcomers are invited), responded counted by each submission in its own transaction.
-- cut_name/cut_value '' is the whole wave; other_name/other_value '' is a single cut; a row with
-- both is a crossed cut (team × department), which only the anonymity guard reads. Slots as in
-- wave_live_histogram. Counts only: no person, no time.

CREATE TABLE wave_live_participation (
    wave_id     UUID         NOT NULL REFERENCES wave (id) ON DELETE CASCADE,
    cut_name    VARCHAR(64)  NOT NULL,
    cut_value   VARCHAR(200) NOT NULL,
    other_name  VARCHAR(64)  NOT NULL,
    other_value VARCHAR(200) NOT NULL,
    slot        INTEGER      NOT NULL,
    invited     BIGINT       NOT NULL,
    responded   BIGINT       NOT NULL,
    PRIMARY KEY (wave_id, cut_name, cut_value, other_name, other_value, slot)
);

-- Waves open while this script runs start from their invitations, in slot 0.
INSERT INTO wave_live_participation (wave_id, cut_name, cut_value, other_name, other_value, slot, invited, responded)
SELECT i.wave_id, '', '', '', '', 0, COUNT(*), SUM(CASE WHEN i.responded THEN 1 ELSE 0 END)
FROM invitation i JOIN wave w ON w.id = i.wave_id
WHERE w.status = 'OPEN'
GROUP BY i.wave_id;

INSERT INTO wave_live_participation (wave_id, cut_name, cut_value, other_name, other_value, slot, invited, responded)
SELECT i.wave_id, a.name, a.attr_value, '', '', 0, COUNT(*), SUM(CASE WHEN i.responded THEN 1 ELSE 0 END)
FROM invitation i JOIN wave w ON w.id = i.wave_id JOIN invitation_attribute a ON a.invitation_id = i.id
WHERE w.status = 'OPEN'
GROUP BY i.wave_id, a.name, a.attr_value;

INSERT INTO wave_live_participation (wave_id, cut_name, cut_value, other_name, other_value, slot, invited, responded)
SELECT i.wave_id, a.name, a.attr_value, b.name, b.attr_value, 0, COUNT(*), SUM(CASE WHEN i.responded THEN 1 ELSE 0 END)
FROM invitation i JOIN wave w ON w.id = i.wave_id
JOIN invitation_attribute a ON a.invitation_id = i.id
JOIN invitation_attribute b ON b.invitation_id = i.id AND b.name <> a.name
WHERE w.status = 'OPEN'
GROUP BY i.wave_id, a.name, a.attr_value, b.name, b.attr_value;
