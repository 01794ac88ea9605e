-- The lowest anonymity threshold HR may give a new wave or program, set by admins
-- (org.barometer.survey.ThresholdRange). At most one row; without one, BAROMETER_THRESHOLD_FLOOR
-- holds. Waves keep the threshold they were created with.
CREATE TABLE threshold_floor (
    id            INTEGER PRIMARY KEY CHECK (id = 1),
    min_threshold INTEGER NOT NULL CHECK (min_threshold BETWEEN 3 AND 100)
);
