-- The floor of the month figure: the figures of one month (2026-10, chase limit 2) in plain SQL, as the
-- report command shows them. Run by the sqlite3 shell with .timer on; the Run Time lines are summed.
.output /dev/null
.timer on
SELECT type, count(*), count(*) FILTER (WHERE response = 'HELD'), count(*) FILTER (WHERE response = 'TRADED'),
    count(*) FILTER (WHERE response = 'CONCEDED') FROM events
WHERE type IN ('DISCOUNT', 'SCOPE', 'FOLLOW_UP') AND date BETWEEN '2026-10-01' AND '2026-10-31' GROUP BY type;
SELECT p.currency, sum(CASE e.type WHEN 'DISCOUNT' THEN e.conceded_amount_cents ELSE e.value_cents END)
FROM events e JOIN prospects p ON p.id = e.prospect_id
WHERE e.type IN ('DISCOUNT', 'SCOPE') AND e.response = 'CONCEDED' AND e.date BETWEEN '2026-10-01' AND '2026-10-31'
GROUP BY 1;
WITH numbered AS (
    SELECT prospect_id, date, id, reply IS 'ANSWERED' AS answered,
           row_number() OVER (PARTITION BY prospect_id ORDER BY date, id) AS n
    FROM events
    WHERE +type = 'FOLLOW_UP' AND +date <= '2026-10-31' AND prospect_id IN
        (SELECT prospect_id FROM events WHERE type = 'FOLLOW_UP' AND date BETWEEN '2026-10-01' AND '2026-10-31')),
streaks AS (
    SELECT date, n - 1 - coalesce(max(CASE WHEN answered THEN n END) OVER (PARTITION BY prospect_id
        ORDER BY date, id ROWS BETWEEN UNBOUNDED PRECEDING AND 1 PRECEDING), 0) AS streak
    FROM numbered)
SELECT count(*) FROM streaks WHERE streak >= 2 AND date >= '2026-10-01';
SELECT status, count(*) FROM prospects WHERE closed_on BETWEEN '2026-10-01' AND '2026-10-31' GROUP BY 1;
