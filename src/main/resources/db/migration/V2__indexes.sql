-- Version 2: indexes for the queries every screen runs.
-- A prospect's timeline and the foreign key's cascade read events by prospect, in date and logged order.
CREATE INDEX events_by_prospect ON events (prospect_id, date, id);

-- The monthly review groups events by month; the planner only uses an index whose expression
-- matches the grouping expression exactly, so the index is on substr(date, 1, 7), not on date.
CREATE INDEX events_by_month ON events (substr(date, 1, 7), type);

CREATE INDEX prospects_by_closed_month ON prospects (substr(closed_on, 1, 7)) WHERE closed_on IS NOT NULL;
