package com.dealjournal.store;

import com.dealjournal.model.Chase;
import com.dealjournal.model.Prospect;
import com.dealjournal.model.ProspectStatus;
import com.dealjournal.model.review.MonthTally;
import com.dealjournal.model.review.RangeTally;
import com.dealjournal.model.review.WinRate;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The review's counts in SQL: what {@code EyeLevelMetrics.month} and {@code RangeMetrics.compute} define
 * over every event, read for a range of months only, through the indexes of schema version 5. Dates are
 * ISO text, so a month's days are a text range. The excess follow-ups are the one figure counted in
 * Java: a prospect's follow-up history is read in journal order from the index and walked once, which
 * is faster here than SQLite's window functions.
 */
final class ReviewTallies {

    /**
     * One month's answers by type, run once per month: grouped by the index's first column, SQLite counts
     * them as the index delivers them, where grouping a whole range by month and answer needed a sort of
     * every event of the range (three times as long).
     */
    static final String ANSWERS = "SELECT type, count(*), count(*) FILTER (WHERE response = 'HELD'),"
            + " count(*) FILTER (WHERE response = 'TRADED'), count(*) FILTER (WHERE response = 'CONCEDED')"
            + " FROM events WHERE type IN ('DISCOUNT', 'SCOPE', 'FOLLOW_UP') AND date BETWEEN ? AND ? GROUP BY type";
    static final String CONCEDED_MONEY = "SELECT substr(e.date, 1, 7), p.currency,"
            + " sum(CASE e.type WHEN 'DISCOUNT' THEN e.conceded_amount_cents ELSE e.value_cents END)"
            + " FROM events e JOIN prospects p ON p.id = e.prospect_id"
            + " WHERE e.type IN ('DISCOUNT', 'SCOPE') AND e.response = 'CONCEDED' AND e.date BETWEEN ? AND ?"
            + " GROUP BY 1, 2";
    /**
     * Every follow-up up to the range's end of the prospects that have one in the range, in journal
     * order, read per prospect from its index ({@code +} keeps the planner off the (type, date) index,
     * which would need a sort).
     */
    static final String FOLLOW_UP_HISTORIES = "SELECT prospect_id, date, reply FROM events"
            + " WHERE +type = 'FOLLOW_UP' AND +date <= ? AND prospect_id IN"
            + " (SELECT prospect_id FROM events WHERE type = 'FOLLOW_UP' AND date BETWEEN ? AND ?)"
            + " ORDER BY prospect_id, date, id";
    static final String CLOSED = "SELECT substr(closed_on, 1, 7), status, count(*) FROM prospects"
            + " WHERE closed_on BETWEEN ? AND ? GROUP BY 1, 2";

    static final String WIN_RATES = "SELECT p.status, EXISTS (SELECT 1 FROM events e WHERE e.prospect_id = p.id"
            + " AND e.response = 'CONCEDED'), count(*) FROM prospects p"
            + " WHERE p.closed_on BETWEEN ? AND ? AND p.status IN ('WON', 'LOST') GROUP BY 1, 2";
    static final String TRADED_OR_CONCEDED = "SELECT response, count(*) FROM events"
            + " WHERE type IN ('DISCOUNT', 'SCOPE') AND date BETWEEN ? AND ? AND response IN ('TRADED', 'CONCEDED')"
            + " GROUP BY 1";
    static final String TRADED_FOR = "SELECT traded_for FROM events WHERE type IN ('DISCOUNT', 'SCOPE')"
            + " AND response = 'TRADED' AND date BETWEEN ? AND ? ORDER BY date, id";
    static final String SELF_OFFERED = "SELECT p.currency, count(*), sum(e.value_cents)"
            + " FROM events e JOIN prospects p ON p.id = e.prospect_id WHERE e.type = 'SCOPE'"
            + " AND e.initiator = 'ME' AND e.response = 'CONCEDED' AND e.date BETWEEN ? AND ? GROUP BY 1";
    static final String WON = "SELECT id, " + ProspectRepository.COLUMNS + " FROM prospects"
            + " WHERE status = 'WON' AND closed_on BETWEEN ? AND ?";
    static final String OPEN = "SELECT id, " + ProspectRepository.COLUMNS + ","
            + " (SELECT max(e.date) FROM events e WHERE e.prospect_id = prospects.id AND e.date <= ?"
            + " AND (e.type <> 'FOLLOW_UP' OR e.reply = 'ANSWERED')) AS last_sign"
            + " FROM prospects WHERE status = 'OPEN'";

    private ReviewTallies() {
    }

    /** The tallies of the months {@code from} to {@code to}, oldest first. */
    static List<MonthTally> months(Connection c, YearMonth from, YearMonth to, int chaseLimit) throws SQLException {
        String first = from.atDay(1).toString();
        String last = to.atEndOfMonth().toString();
        Map<String, Counts> byMonth = new LinkedHashMap<>();
        for (YearMonth month = from; !month.isAfter(to); month = month.plusMonths(1)) {
            byMonth.put(month.toString(), new Counts());
        }
        countAnswers(c, byMonth);
        query(c, CONCEDED_MONEY, row -> {
            long cents = row.getLong(3);
            if (!row.wasNull()) {
                byMonth.get(row.getString(1)).money.put(row.getString(2), BigDecimal.valueOf(cents, 2));
            }
        }, first, last);
        countExcessFollowUps(c, byMonth, chaseLimit, first, last);
        query(c, CLOSED, row -> byMonth.get(row.getString(1)).closed
                .put(ProspectStatus.valueOf(row.getString(2)), row.getInt(3)), first, last);
        List<MonthTally> tallies = new ArrayList<>();
        byMonth.forEach((month, n) -> tallies.add(new MonthTally(YearMonth.parse(month), n.held, n.traded,
                n.conceded, n.followUps, n.excess, n.money, n.closed)));
        return tallies;
    }

    /** Counts each month's answers with one statement, run once per month. */
    private static void countAnswers(Connection c, Map<String, Counts> byMonth) throws SQLException {
        try (PreparedStatement statement = c.prepareStatement(ANSWERS)) {
            for (Map.Entry<String, Counts> month : byMonth.entrySet()) {
                YearMonth yearMonth = YearMonth.parse(month.getKey());
                statement.setString(1, yearMonth.atDay(1).toString());
                statement.setString(2, yearMonth.atEndOfMonth().toString());
                Counts counts = month.getValue();
                try (ResultSet row = statement.executeQuery()) {
                    while (row.next()) {
                        if ("FOLLOW_UP".equals(row.getString(1))) {
                            counts.followUps += row.getInt(2);
                        } else {
                            counts.held += row.getInt(3);
                            counts.traded += row.getInt(4);
                            counts.conceded += row.getInt(5);
                        }
                    }
                }
            }
        }
    }

    /** Walks each prospect's follow-ups in journal order, as {@code EyeLevelMetrics} defines excess. */
    private static void countExcessFollowUps(Connection c, Map<String, Counts> byMonth, int limit, String first,
                                             String last) throws SQLException {
        long[] prospect = {-1};
        int[] streak = {0};
        query(c, FOLLOW_UP_HISTORIES, row -> {
            long id = row.getLong(1);
            if (id != prospect[0]) {
                prospect[0] = id;
                streak[0] = 0;
            }
            String date = row.getString(2);
            if (Chase.isExcess(streak[0], limit) && date.compareTo(first) >= 0) {
                byMonth.get(date.substring(0, 7)).excess++;
            }
            streak[0] = "ANSWERED".equals(row.getString(3)) ? 0 : streak[0] + 1;
        }, last, first, last);
    }

    /** The tally of the range's figures; stall ages are counted to {@code today}. */
    static RangeTally range(Connection c, YearMonth from, YearMonth to, LocalDate today) throws SQLException {
        String first = from.atDay(1).toString();
        String last = to.atEndOfMonth().toString();
        int[][] deals = new int[2][2]; // [gave in][won = 0, lost = 1]
        query(c, WIN_RATES, row -> deals[row.getInt(2)]["WON".equals(row.getString(1)) ? 0 : 1] += row.getInt(3),
                first, last);
        int[] answers = new int[2]; // traded, conceded
        List<String> texts = new ArrayList<>();
        query(c, TRADED_FOR, row -> texts.add(row.getString(1)), first, last);
        Map<String, BigDecimal> selfOfferedValue = new HashMap<>();
        int[] selfOffered = {0};
        query(c, SELF_OFFERED, row -> {
            selfOffered[0] += row.getInt(2);
            long cents = row.getLong(3);
            if (!row.wasNull()) {
                selfOfferedValue.put(row.getString(1), BigDecimal.valueOf(cents, 2));
            }
        }, first, last);
        query(c, TRADED_OR_CONCEDED, row -> answers["TRADED".equals(row.getString(1)) ? 0 : 1] += row.getInt(2),
                first, last);
        List<Prospect> won = new ArrayList<>();
        query(c, WON, row -> won.add(ProspectRepository.map(row)), first, last);
        List<Prospect> open = new ArrayList<>();
        Map<Long, LocalDate> lastSign = new HashMap<>();
        query(c, OPEN, row -> {
            Prospect prospect = ProspectRepository.map(row);
            open.add(prospect);
            LocalDate sign = Columns.date(row, "last_sign");
            if (sign != null) {
                lastSign.put(prospect.id(), sign);
            }
        }, today.toString());
        return new RangeTally(new WinRate(deals[0][0], deals[0][1]), new WinRate(deals[1][0], deals[1][1]),
                answers[0], answers[1], texts, selfOffered[0], selfOfferedValue, won, open, lastSign);
    }

    /** Does something with each row of a query. */
    @FunctionalInterface
    private interface RowWork {
        void accept(ResultSet row) throws SQLException;
    }

    private static void query(Connection c, String sql, RowWork work, String... parameters) throws SQLException {
        try (PreparedStatement statement = c.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                statement.setString(i + 1, parameters[i]);
            }
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    work.accept(rows);
                }
            }
        }
    }

    /** One month's counts as they are gathered. */
    private static final class Counts {
        int held;
        int traded;
        int conceded;
        int followUps;
        int excess;
        final Map<String, BigDecimal> money = new HashMap<>();
        final Map<ProspectStatus, Integer> closed = new EnumMap<>(ProspectStatus.class);
    }
}
