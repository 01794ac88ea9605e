-- Data protection (issue A5): a closed wave no longer needs to know who was invited. Its
-- invitations (their tokens and emails go with them) and reminder rounds are deleted in the
-- closing's transaction (survey.ClosingPurge). What HR still reads of them is kept on the wave as
-- counts: the emails sent, and those that were not (failed, or still waiting when the wave closed:
-- nothing sends them after). NULL while the wave is not closed (its outbox is counted instead).
ALTER TABLE wave ADD COLUMN emails_sent INTEGER;
ALTER TABLE wave ADD COLUMN emails_failed INTEGER;

-- Deleting a wave's invitations cascades row by row: without these, each deleted invitation would
-- scan the token and outbox tables.
CREATE INDEX invitation_token_invitation ON invitation_token (invitation_id);
CREATE INDEX outbox_message_invitation ON outbox_message (invitation_id);

-- Waves closed before this release: the same as a closing does now.
UPDATE wave SET
    emails_sent = (SELECT COUNT(*) FROM outbox_message o WHERE o.wave_id = wave.id AND o.state = 'SENT'),
    emails_failed = (SELECT COUNT(*) FROM outbox_message o WHERE o.wave_id = wave.id AND o.state <> 'SENT')
WHERE status = 'CLOSED';
DELETE FROM wave_reminder WHERE wave_id IN (SELECT id FROM wave WHERE status = 'CLOSED');
DELETE FROM invitation WHERE wave_id IN (SELECT id FROM wave WHERE status = 'CLOSED');
