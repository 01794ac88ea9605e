-- V13 (a Java migration, db.migration.V13__answers_through_profiles) moved every wave onto
-- profiles: what follows held copies of every segment attribute per invitation and per response
-- (a unique combination named its author) and counters now kept per profile.
ALTER TABLE response ALTER COLUMN profile_id SET NOT NULL;
DROP TABLE response_uncounted;
DROP TABLE response_attribute;
DROP TABLE invitation_attribute;
DROP TABLE wave_live_histogram;
DROP TABLE wave_live_participation;
DROP TABLE wave_histogram;
DROP TABLE wave_participation;
DROP TABLE wave_cross_participation;
