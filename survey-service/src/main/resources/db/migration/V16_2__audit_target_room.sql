-- A staff import's audit entry names the addresses it put in each group (A4: adding people to a
-- small team to open its results must leave a trace; directory.ImportAudit); 500 characters held a
-- handful.
ALTER TABLE audit_event ALTER COLUMN target SET DATA TYPE VARCHAR(4000);
