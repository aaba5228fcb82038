package com.dealjournal.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.DateTimeException;
import java.time.LocalDate;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The journal's own date reader gives what {@code LocalDate.parse} gives, and refuses what it refuses. */
class ColumnsDateTest {

    @Property(tries = 2000)
    void readsEveryDateTheJournalWritesAsLocalDateParseDoes(@ForAll @IntRange(min = -1_000_000, max = 3_000_000) int epochDay) {
        LocalDate date = LocalDate.ofEpochDay(epochDay);
        String written = date.toString();

        assertThat(Columns.isoDate(written)).isEqualTo(LocalDate.parse(written)).isEqualTo(date);
    }

    @ParameterizedTest
    @ValueSource(strings = {"2026-02-30", "2026-13-01", "2026-00-10", "2026-1-010", "2026/01/10", "20a6-01-10",
            "2026-01-1x", "", "2026-01-10 ", "+2026-01-10"})
    void refusesWhatLocalDateParseRefuses(String text) {
        assertThatThrownBy(() -> LocalDate.parse(text)).isInstanceOf(DateTimeException.class);
        assertThatThrownBy(() -> Columns.isoDate(text)).isInstanceOf(DateTimeException.class);
    }

    @ParameterizedTest
    @ValueSource(strings = {"+10000-01-01", "-0001-12-31", "0000-01-01", "2024-02-29"})
    void readsTheRareFormsAsLocalDateParseDoes(String text) {
        assertThat(Columns.isoDate(text)).isEqualTo(LocalDate.parse(text));
    }
}
