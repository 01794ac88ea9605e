-- Data protection (issue A5): what is kept only for a while (privacy.RetentionSettings).

-- When the retention (BAROMETER_ANSWER_RETENTION after closing) erased the wave's answers and
-- comments (tally.AnswerErasure); its per-profile tally stays, so its results and trends remain.
ALTER TABLE wave ADD COLUMN answers_erased_at TIMESTAMP WITH TIME ZONE;

-- When an employee left the staff list (an import's deactivate-missing); NULL while active. The
-- entry is erased BAROMETER_LEAVER_RETENTION later (directory.Leavers). Entries already inactive
-- left at their last update, the best date known.
ALTER TABLE employee ADD COLUMN deactivated_at TIMESTAMP WITH TIME ZONE;
UPDATE employee SET deactivated_at = updated_at WHERE NOT active;

-- Erasing an employee checks (and cascades to) their invitations: by employee, not by wave.
CREATE INDEX invitation_employee ON invitation (employee_id);
