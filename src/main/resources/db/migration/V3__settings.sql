-- Version 3: settings that belong to the journal itself, because its figures depend on them
-- (the chase limit decides which follow-ups count as excess; the default currency is that of new prospects).
CREATE TABLE settings (
    key   TEXT PRIMARY KEY,
    value TEXT NOT NULL
);
