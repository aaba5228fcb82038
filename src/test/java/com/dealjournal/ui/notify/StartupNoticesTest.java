package com.dealjournal.ui.notify;

import static org.assertj.core.api.Assertions.assertThat;

import com.dealjournal.model.Event;
import com.dealjournal.model.Prospect;
import com.dealjournal.model.ProspectStatus;
import com.dealjournal.model.ProspectSummary;
import com.dealjournal.model.Reply;
import com.dealjournal.store.Database;
import com.dealjournal.store.Journal;
import com.dealjournal.ui.notify.StartupNotices.MonthlyReview;
import com.dealjournal.ui.notify.StartupNotices.WaitingTooLong;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Currency;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Which start-up notices are due: the chase limit's boundary, the first working day, once a day. */
class StartupNoticesTest {

    private static final Currency EUR = Currency.getInstance("EUR");
    /** A Saturday that is not the first working day of anything. */
    private static final LocalDate SATURDAY = LocalDate.of(2026, 11, 28);

    @TempDir
    Path dir;

    private static ProspectSummary summary(ProspectStatus status, int chaseStreak, LocalDate waitingSince) {
        Prospect prospect = new Prospect(1, "P", null, null, null, null, status,
                status == ProspectStatus.OPEN ? null : SATURDAY, EUR, null, null, null, null, null);
        return new ProspectSummary(prospect, SATURDAY, 0, 0, 0, 0, chaseStreak, chaseStreak, waitingSince);
    }

    private static ProspectSummary waiting(int chaseStreak) {
        return summary(ProspectStatus.OPEN, chaseStreak, SATURDAY.minusDays(3));
    }

    @Test
    void aStreakExactlyAtTheLimitIsNotYetBeyondItOneMoreIs() {
        assertThat(StartupNotices.isWaitingBeyondLimit(waiting(2), 2)).isFalse();
        assertThat(StartupNotices.isWaitingBeyondLimit(waiting(3), 2)).isTrue();

        assertThat(StartupNotices.due(SATURDAY, Optional.empty(), List.of(waiting(2), waiting(2)), 2)).isEmpty();
        assertThat(StartupNotices.due(SATURDAY, Optional.empty(), List.of(waiting(2), waiting(3), waiting(7)), 2))
                .containsExactly(new WaitingTooLong(2, 2));
    }

    @Test
    void withALimitOfZeroEveryUnansweredFollowUpIsBeyondIt() {
        assertThat(StartupNotices.due(SATURDAY, Optional.empty(), List.of(waiting(1), waiting(0)), 0))
                .containsExactly(new WaitingTooLong(1, 0));
    }

    @Test
    void onlyOpenProspectsWaitingOnAReplyCount() {
        ProspectSummary answeredSinceWithANote = summary(ProspectStatus.OPEN, 5, null);
        ProspectSummary won = summary(ProspectStatus.WON, 5, SATURDAY.minusDays(3));
        ProspectSummary stalled = summary(ProspectStatus.STALLED, 5, SATURDAY.minusDays(3));

        assertThat(StartupNotices.due(SATURDAY, Optional.empty(), List.of(answeredSinceWithANote, won, stalled), 2))
                .isEmpty();
    }

    @Test
    void theProspectsAreCountedFromTheJournalsOwnSummaries() throws Exception {
        try (Journal journal = Journal.open(dir.resolve("journal.db"), Database.Mode.CREATE)) {
            chased(journal, "Three times, silent", Reply.NONE, Reply.PUT_OFF, Reply.NONE);
            chased(journal, "Twice, silent", Reply.NONE, Reply.NONE);
            chased(journal, "Answered in between", Reply.NONE, Reply.NONE, Reply.ANSWERED, Reply.NONE);
            Prospect noted = chased(journal, "Silent, then a note", Reply.NONE, Reply.NONE, Reply.NONE);
            journal.events().insert(new Event.Note(0, noted.id(), LocalDate.of(2026, 11, 20), "They called back."));

            List<ProspectSummary> summaries = journal.prospects().summaries();

            assertThat(summaries.stream().filter(s -> StartupNotices.isWaitingBeyondLimit(s, 2))
                    .map(s -> s.prospect().name())).containsExactly("Three times, silent");
            assertThat(StartupNotices.due(SATURDAY, Optional.empty(), summaries, 2))
                    .containsExactly(new WaitingTooLong(1, 2));
            assertThat(StartupNotices.due(SATURDAY, Optional.empty(), summaries, 1))
                    .containsExactly(new WaitingTooLong(2, 1));
        }
    }

    private static Prospect chased(Journal journal, String name, Reply... replies) {
        Prospect p = journal.prospects().insert(Prospect.named(name, EUR));
        LocalDate date = LocalDate.of(2026, 10, 1);
        for (Reply reply : replies) {
            journal.events().insert(new Event.FollowUp(0, p.id(), date, reply, null));
            date = date.plusDays(7);
        }
        return p;
    }

    @ParameterizedTest(name = "{0} ({1})")
    @CsvSource({
        "2026-12-01, 1st is a Tuesday, 2026-11",
        "2027-01-01, 1st is a Friday, 2026-12",
        "2026-08-03, 1st is a Saturday: the Monday after, 2026-07",
        "2026-11-02, 1st is a Sunday: the Monday after, 2026-10",
        "2026-03-02, 1st is a Sunday: the Monday after, 2026-02",
    })
    void theFirstWorkingDayOfAMonthNudgesTheReviewOfTheMonthBefore(LocalDate day, String why, String month) {
        assertThat(StartupNotices.isFirstWorkingDayOfMonth(day)).isTrue();
        assertThat(StartupNotices.due(day, Optional.empty(), List.of(), 2))
                .containsExactly(new MonthlyReview(YearMonth.parse(month)));
    }

    @ParameterizedTest(name = "{0} ({1})")
    @CsvSource({
        "2026-08-01, a Saturday 1st",
        "2026-08-02, a Sunday 2nd",
        "2026-08-04, the Tuesday after the first working day",
        "2026-11-01, a Sunday 1st",
        "2026-12-02, the day after a Tuesday 1st",
        "2026-11-30, the last day of a month",
    })
    void noOtherDayIsTheFirstWorkingDay(LocalDate day, String why) {
        assertThat(StartupNotices.isFirstWorkingDayOfMonth(day)).isFalse();
        assertThat(StartupNotices.due(day, Optional.empty(), List.of(), 2)).isEmpty();
    }

    @Test
    void bothNoticesCanBeDueTheWaitingOneFirst() {
        LocalDate tuesdayFirst = LocalDate.of(2026, 12, 1);
        assertThat(StartupNotices.due(tuesdayFirst, Optional.empty(), List.of(waiting(4)), 2))
                .containsExactly(new WaitingTooLong(1, 2), new MonthlyReview(YearMonth.of(2026, 11)));
    }

    @Test
    void aNoticesTextIsBrokenBetweenWordsIntoShortLines() {
        String text = "3 Interessenten haben auf mehr als 2 Nachfragen nicht geantwortet: Zeit, sie ziehen zu"
                + " lassen oder noch einmal anzurufen.";

        String lines = StartupNotifier.lines(text);

        assertThat(lines.split("\n")).hasSizeGreaterThan(1).allSatisfy(line -> assertThat(line.length())
                .isLessThanOrEqualTo(StartupNotifier.LINE_LENGTH));
        assertThat(lines.replace('\n', ' ')).isEqualTo(text);
        assertThat(StartupNotifier.lines("short")).isEqualTo("short");
    }

    @Test
    void atMostOnceADayNothingIsDueWhenTheNoticesWereShownToday() {
        LocalDate tuesdayFirst = LocalDate.of(2026, 12, 1);
        List<ProspectSummary> summaries = List.of(waiting(4));

        assertThat(StartupNotices.due(tuesdayFirst, Optional.of(tuesdayFirst), summaries, 2)).isEmpty();
        assertThat(StartupNotices.due(tuesdayFirst, Optional.of(tuesdayFirst.plusDays(1)), summaries, 2))
                .as("shown on a later day, as after the clock was put back").isEmpty();
        assertThat(StartupNotices.due(tuesdayFirst, Optional.of(tuesdayFirst.minusDays(1)), summaries, 2))
                .as("shown yesterday").hasSize(2);
    }
}
