-- Version 5: indexes that hold every column the prospect list and the review count, so those queries
-- read the index alone and never the events' rows (StoreQueryPlanTest checks each plan).

-- The list's counts, chase streaks and latest events, a prospect's timeline, and its follow-up history.
DROP INDEX events_by_prospect;
CREATE INDEX events_by_prospect ON events (prospect_id, date, id, type, response, reply);

-- The review's counts of a range of months, by type and date.
DROP INDEX events_by_type_date;
CREATE INDEX events_by_type_date ON events (type, date, response, reply, prospect_id);

-- The review's closings of a range of months; the review no longer groups by a month expression.
DROP INDEX events_by_month;
DROP INDEX prospects_by_closed_month;
CREATE INDEX prospects_by_closed_on ON prospects (closed_on, status) WHERE closed_on IS NOT NULL;
