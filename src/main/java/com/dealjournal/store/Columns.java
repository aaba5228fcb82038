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
        return value == null ? null : LocalDate.parse(value);
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
