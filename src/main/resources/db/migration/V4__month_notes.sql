-- Version 4: a reflection note per month, written beside that month's figures in the review.
CREATE TABLE month_notes (
    month TEXT PRIMARY KEY CHECK (month GLOB '[0-9][0-9][0-9][0-9]-[0-1][0-9]'),
    note  TEXT NOT NULL
);

-- The review reads a month's requests and every follow-up up to the month's end: by type, then date.
CREATE INDEX events_by_type_date ON events (type, date);
