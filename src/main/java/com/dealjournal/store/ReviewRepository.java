package com.dealjournal.store;

import com.dealjournal.model.review.MonthTally;
import com.dealjournal.model.review.RangeTally;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;

/**
 * The review's reads: the tallies its figures are made of, counted in SQL for a range of months, and
 * the reflection note written beside each month.
 */
public final class ReviewRepository {

    /** The earliest of the events' and the closings' dates; min per type, so each is one index lookup. */
    private static final String FIRST_DATE = "SELECT min(d) FROM ("
            + " SELECT min(date) AS d FROM events WHERE type = 'DISCOUNT'"
            + " UNION ALL SELECT min(date) FROM events WHERE type = 'SCOPE'"
            + " UNION ALL SELECT min(date) FROM events WHERE type = 'FOLLOW_UP'"
            + " UNION ALL SELECT min(date) FROM events WHERE type = 'NOTE'"
            + " UNION ALL SELECT min(closed_on) FROM prospects WHERE closed_on IS NOT NULL)";

    private static final String NOTE = "SELECT note FROM month_notes WHERE month = ?";
    private static final String SAVE_NOTE = "INSERT INTO month_notes (month, note) VALUES (?, ?)"
            + " ON CONFLICT (month) DO UPDATE SET note = excluded.note";
    private static final String DELETE_NOTE = "DELETE FROM month_notes WHERE month = ?";
    /** The schema version that added reflection notes; an older journal opened read-only has none. */
    static final int NOTES_SINCE_VERSION = 4;

    private final Database database;

    public ReviewRepository(Database database) {
        this.database = database;
    }

    /** The reflection note written for a month, or empty. */
    public String note(YearMonth month) {
        if (database.schemaVersion() < NOTES_SINCE_VERSION) {
            return "";
        }
        return database.read(c -> Sql.one(c, NOTE, s -> s.setString(1, month.toString()), row -> row.getString(1)))
                .orElse("");
    }

    /**
     * Saves a month's reflection note; a blank note deletes it.
     *
     * @throws com.dealjournal.model.ValidationException for a note over the length every note keeps
     */
    public void saveNote(YearMonth month, String note) {
        var violations = com.dealjournal.model.Notes.validate(com.dealjournal.model.Field.NOTE, note);
        if (!violations.isEmpty()) {
            throw new com.dealjournal.model.ValidationException(violations);
        }
        database.write(c -> note == null || note.isBlank()
                ? Sql.update(c, DELETE_NOTE, s -> s.setString(1, month.toString()))
                : Sql.update(c, SAVE_NOTE, s -> {
                    s.setString(1, month.toString());
                    s.setString(2, note);
                }));
    }

    /** The month of the journal's earliest event or closing, if it has any. */
    public Optional<YearMonth> firstMonth() {
        return database.read(c -> Sql.one(c, FIRST_DATE, Sql.Binder.NONE, row -> row.getString(1)))
                .map(date -> YearMonth.parse(date.substring(0, 7)));
    }

    /**
     * What the figures of each month from {@code from} to {@code to} are made of under a chase limit,
     * oldest first, counted in SQL (see {@link ReviewTallies}).
     */
    public List<MonthTally> months(YearMonth from, YearMonth to, int chaseLimit) {
        return database.read(c -> ReviewTallies.months(c, from, to, chaseLimit));
    }

    /** The tallies of one review: of each month, and of the range. */
    public record Tallies(List<MonthTally> months, RangeTally range) {
    }

    /**
     * {@link #months} from {@code monthsFrom}, and what the figures of the range from {@code rangeFrom} are
     * made of (stall ages as of {@code today}), both to {@code to},
     * read side by side on two connections (see {@link Database#readTogether}): a review takes the time of
     * the longer of the two.
     */
    public Tallies tallies(YearMonth monthsFrom, YearMonth rangeFrom, YearMonth to, int chaseLimit, LocalDate today) {
        return database.readTogether(c -> ReviewTallies.months(c, monthsFrom, to, chaseLimit),
                c -> ReviewTallies.range(c, rangeFrom, to, today), Tallies::new);
    }
}
