-- Deal Journal schema, version 1: prospects and the pressure moments logged for them.
-- Money is stored in integer cents (hundredths of the prospect's currency unit), percentages in
-- hundredths of a percent, dates as ISO text (YYYY-MM-DD): exact, sortable, and summable in SQL.

-- Marks the file as a Deal Journal ("DJRN"), so another application's SQLite file is never mistaken for one.
PRAGMA application_id = 1145721422;

CREATE TABLE prospects (
    id                    INTEGER PRIMARY KEY,
    name                  TEXT    NOT NULL CHECK (length(trim(name)) > 0),
    company               TEXT,
    contact               TEXT,
    source                TEXT,
    first_contact         TEXT,
    status                TEXT    NOT NULL DEFAULT 'OPEN'
                                  CHECK (status IN ('OPEN', 'WON', 'LOST', 'DECLINED', 'STALLED')),
    closed_on             TEXT,
    currency              TEXT    NOT NULL CHECK (length(currency) = 3),
    list_price_cents      INTEGER CHECK (list_price_cents >= 0),
    walk_away_price_cents INTEGER CHECK (walk_away_price_cents >= 0),
    final_price_cents     INTEGER CHECK (final_price_cents >= 0),
    gut_feeling           INTEGER CHECK (gut_feeling BETWEEN 1 AND 5),
    notes                 TEXT,
    CHECK ((status = 'OPEN') = (closed_on IS NULL))
);

CREATE TABLE events (
    id                     INTEGER PRIMARY KEY,
    prospect_id            INTEGER NOT NULL REFERENCES prospects (id) ON DELETE CASCADE,
    date                   TEXT    NOT NULL,
    type                   TEXT    NOT NULL CHECK (type IN ('DISCOUNT', 'SCOPE', 'FOLLOW_UP', 'NOTE')),
    initiator              TEXT    CHECK (initiator IN ('THEM', 'ME')),
    response               TEXT    CHECK (response IN ('HELD', 'TRADED', 'CONCEDED')),
    reply                  TEXT    CHECK (reply IN ('NONE', 'PUT_OFF', 'ANSWERED')),
    asked_percent_hundredths INTEGER CHECK (asked_percent_hundredths > 0 AND asked_percent_hundredths <= 10000),
    asked_amount_cents     INTEGER CHECK (asked_amount_cents > 0),
    conceded_amount_cents  INTEGER CHECK (conceded_amount_cents >= 0),
    value_cents            INTEGER CHECK (value_cents >= 0),
    traded_for             TEXT,
    note                   TEXT
);
