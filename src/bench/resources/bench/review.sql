-- The floor of the review figure: the 12-month review ending 2026-10 (and the month before it, chase
-- limit 2, stall ages as of 2026-10-31) in plain SQL. Run by the sqlite3 shell with .timer on.
.output /dev/null
.timer on
-- the answers month by month, as ReviewTallies.ANSWERS counts them (no sort of the whole range)
SELECT type, count(*), count(*) FILTER (WHERE response = 'HELD'), count(*) FILTER (WHERE response = 'TRADED'),
    count(*) FILTER (WHERE response = 'CONCEDED') FROM events
WHERE type IN ('DISCOUNT', 'SCOPE', 'FOLLOW_UP') AND date BETWEEN '2025-11-01' AND '2025-11-30' GROUP BY type;
SELECT type, count(*), count(*) FILTER (WHERE response = 'HELD'), count(*) FILTER (WHERE response = 'TRADED'),
    count(*) FILTER (WHERE response = 'CONCEDED') FROM events
WHERE type IN ('DISCOUNT', 'SCOPE', 'FOLLOW_UP') AND date BETWEEN '2025-12-01' AND '2025-12-31' GROUP BY type;
SELECT type, count(*), count(*) FILTER (WHERE response = 'HELD'), count(*) FILTER (WHERE response = 'TRADED'),
    count(*) FILTER (WHERE response = 'CONCEDED') FROM events
WHERE type IN ('DISCOUNT', 'SCOPE', 'FOLLOW_UP') AND date BETWEEN '2026-01-01' AND '2026-01-31' GROUP BY type;
SELECT type, count(*), count(*) FILTER (WHERE response = 'HELD'), count(*) FILTER (WHERE response = 'TRADED'),
    count(*) FILTER (WHERE response = 'CONCEDED') FROM events
WHERE type IN ('DISCOUNT', 'SCOPE', 'FOLLOW_UP') AND date BETWEEN '2026-02-01' AND '2026-02-28' GROUP BY type;
SELECT type, count(*), count(*) FILTER (WHERE response = 'HELD'), count(*) FILTER (WHERE response = 'TRADED'),
    count(*) FILTER (WHERE response = 'CONCEDED') FROM events
WHERE type IN ('DISCOUNT', 'SCOPE', 'FOLLOW_UP') AND date BETWEEN '2026-03-01' AND '2026-03-31' GROUP BY type;
SELECT type, count(*), count(*) FILTER (WHERE response = 'HELD'), count(*) FILTER (WHERE response = 'TRADED'),
    count(*) FILTER (WHERE response = 'CONCEDED') FROM events
WHERE type IN ('DISCOUNT', 'SCOPE', 'FOLLOW_UP') AND date BETWEEN '2026-04-01' AND '2026-04-30' GROUP BY type;
SELECT type, count(*), count(*) FILTER (WHERE response = 'HELD'), count(*) FILTER (WHERE response = 'TRADED'),
    count(*) FILTER (WHERE response = 'CONCEDED') FROM events
WHERE type IN ('DISCOUNT', 'SCOPE', 'FOLLOW_UP') AND date BETWEEN '2026-05-01' AND '2026-05-31' GROUP BY type;
SELECT type, count(*), count(*) FILTER (WHERE response = 'HELD'), count(*) FILTER (WHERE response = 'TRADED'),
    count(*) FILTER (WHERE response = 'CONCEDED') FROM events
WHERE type IN ('DISCOUNT', 'SCOPE', 'FOLLOW_UP') AND date BETWEEN '2026-06-01' AND '2026-06-30' GROUP BY type;
SELECT type, count(*), count(*) FILTER (WHERE response = 'HELD'), count(*) FILTER (WHERE response = 'TRADED'),
    count(*) FILTER (WHERE response = 'CONCEDED') FROM events
WHERE type IN ('DISCOUNT', 'SCOPE', 'FOLLOW_UP') AND date BETWEEN '2026-07-01' AND '2026-07-31' GROUP BY type;
SELECT type, count(*), count(*) FILTER (WHERE response = 'HELD'), count(*) FILTER (WHERE response = 'TRADED'),
    count(*) FILTER (WHERE response = 'CONCEDED') FROM events
WHERE type IN ('DISCOUNT', 'SCOPE', 'FOLLOW_UP') AND date BETWEEN '2026-08-01' AND '2026-08-31' GROUP BY type;
SELECT type, count(*), count(*) FILTER (WHERE response = 'HELD'), count(*) FILTER (WHERE response = 'TRADED'),
    count(*) FILTER (WHERE response = 'CONCEDED') FROM events
WHERE type IN ('DISCOUNT', 'SCOPE', 'FOLLOW_UP') AND date BETWEEN '2026-09-01' AND '2026-09-30' GROUP BY type;
SELECT type, count(*), count(*) FILTER (WHERE response = 'HELD'), count(*) FILTER (WHERE response = 'TRADED'),
    count(*) FILTER (WHERE response = 'CONCEDED') FROM events
WHERE type IN ('DISCOUNT', 'SCOPE', 'FOLLOW_UP') AND date BETWEEN '2026-10-01' AND '2026-10-31' GROUP BY type;
SELECT substr(e.date, 1, 7), p.currency,
    sum(CASE e.type WHEN 'DISCOUNT' THEN e.conceded_amount_cents ELSE e.value_cents END)
FROM events e JOIN prospects p ON p.id = e.prospect_id
WHERE e.type IN ('DISCOUNT', 'SCOPE') AND e.response = 'CONCEDED' AND e.date BETWEEN '2025-11-01' AND '2026-10-31'
GROUP BY 1, 2;
WITH numbered AS (
    SELECT prospect_id, date, id, reply IS 'ANSWERED' AS answered,
           row_number() OVER (PARTITION BY prospect_id ORDER BY date, id) AS n
    FROM events
    WHERE +type = 'FOLLOW_UP' AND +date <= '2026-10-31' AND prospect_id IN
        (SELECT prospect_id FROM events WHERE type = 'FOLLOW_UP' AND date BETWEEN '2025-11-01' AND '2026-10-31')),
streaks AS (
    SELECT date, n - 1 - coalesce(max(CASE WHEN answered THEN n END) OVER (PARTITION BY prospect_id
        ORDER BY date, id ROWS BETWEEN UNBOUNDED PRECEDING AND 1 PRECEDING), 0) AS streak
    FROM numbered)
SELECT substr(date, 1, 7), count(*) FROM streaks WHERE streak >= 2 AND date >= '2025-11-01' GROUP BY 1;
SELECT substr(closed_on, 1, 7), status, count(*) FROM prospects
WHERE closed_on BETWEEN '2025-11-01' AND '2026-10-31' GROUP BY 1, 2;
SELECT p.status, EXISTS (SELECT 1 FROM events e WHERE e.prospect_id = p.id AND e.response = 'CONCEDED'), count(*)
FROM prospects p WHERE p.closed_on BETWEEN '2025-11-01' AND '2026-10-31' AND p.status IN ('WON', 'LOST')
GROUP BY 1, 2;
SELECT response, count(*) FROM events WHERE type IN ('DISCOUNT', 'SCOPE') AND date BETWEEN '2025-11-01' AND '2026-10-31'
    AND response IN ('TRADED', 'CONCEDED') GROUP BY 1;
SELECT traded_for FROM events WHERE type IN ('DISCOUNT', 'SCOPE') AND response = 'TRADED'
    AND date BETWEEN '2025-11-01' AND '2026-10-31' ORDER BY date, id;
SELECT p.currency, count(*), sum(e.value_cents) FROM events e JOIN prospects p ON p.id = e.prospect_id
WHERE e.type = 'SCOPE' AND e.initiator = 'ME' AND e.response = 'CONCEDED' AND e.date BETWEEN '2025-11-01' AND '2026-10-31'
GROUP BY 1;
SELECT * FROM prospects WHERE status = 'WON' AND closed_on BETWEEN '2025-11-01' AND '2026-10-31';
SELECT *, (SELECT max(e.date) FROM events e WHERE e.prospect_id = prospects.id AND e.date <= '2026-10-31'
    AND (e.type <> 'FOLLOW_UP' OR e.reply = 'ANSWERED')) AS last_sign
FROM prospects WHERE status = 'OPEN';
