package com.dealjournal.store;

import java.math.BigDecimal;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.LocalDate;

/**
 * Conversions between model values and the columns that hold them: money and percentages as integer
 * hundredths (exact, and summable in SQL), dates as ISO text, enums by name, {@code null} as NULL.
 */
final class Columns {

    private Columns() {
    }

    static void text(PreparedStatement statement, int index, String value) throws SQLException {
        if (value == null) {
            statement.setNull(index, Types.VARCHAR);
        } else {
            statement.setString(index, value);
        }
    }

    static void date(PreparedStatement statement, int index, LocalDate value) throws SQLException {
        text(statement, index, value == null ? null : value.toString());
    }

    static void word(PreparedStatement statement, int index, Enum<?> value) throws SQLException {
        text(statement, index, value == null ? null : value.name());
    }

    static void integer(PreparedStatement statement, int index, Integer value) throws SQLException {
        if (value == null) {
            statement.setNull(index, Types.INTEGER);
        } else {
            statement.setInt(index, value);
        }
    }

    /** An amount with at most two decimals, stored as its hundredths (cents, or hundredths of a percent). */
    static void hundredths(PreparedStatement statement, int index, BigDecimal value) throws SQLException {
        if (value == null) {
            statement.setNull(index, Types.INTEGER);
        } else {
            statement.setLong(index, value.movePointRight(2).longValueExact());
        }
    }

    static String text(ResultSet rs, String column) throws SQLException {
        return rs.getString(column);
    }

    static LocalDate date(ResultSet rs, String column) throws SQLException {
        String value = rs.getString(column);
        return value == null ? null : isoDate(value);
    }

    /**
     * A date as the journal writes it, {@code yyyy-MM-dd}, read without {@code LocalDate.parse}'s
     * general formatter machinery: the list reads up to four dates for each of its rows on the way to the
     * first window, where that was most of the list's time. Anything else goes to {@code LocalDate.parse}.
     */
    static LocalDate isoDate(String value) {
        if (value.length() == 10 && value.charAt(4) == '-' && value.charAt(7) == '-') {
            int year = digits(value, 0, 4);
            int month = digits(value, 5, 7);
            int day = digits(value, 8, 10);
            if (year >= 0 && month >= 0 && day >= 0) {
                return LocalDate.of(year, month, day);
            }
        }
        return LocalDate.parse(value);
    }

    /** The number the ASCII digits from {@code start} to {@code end} spell, or -1 if one is not a digit. */
    private static int digits(String value, int start, int end) {
        int number = 0;
        for (int i = start; i < end; i++) {
            char c = value.charAt(i);
            if (c < '0' || c > '9') {
                return -1;
            }
            number = number * 10 + (c - '0');
        }
        return number;
    }

    static <E extends Enum<E>> E word(ResultSet rs, String column, Class<E> type) throws SQLException {
        String value = rs.getString(column);
        return value == null ? null : Enum.valueOf(type, value);
    }

    static Integer integer(ResultSet rs, String column) throws SQLException {
        int value = rs.getInt(column);
        return rs.wasNull() ? null : value;
    }

    /** Reads hundredths back as a decimal with exactly two places: 1250 becomes 12.50. */
    static BigDecimal hundredths(ResultSet rs, String column) throws SQLException {
        long value = rs.getLong(column);
        return rs.wasNull() ? null : BigDecimal.valueOf(value, 2);
    }
}
