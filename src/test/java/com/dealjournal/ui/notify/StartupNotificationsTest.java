package com.dealjournal.ui.notify;

import static org.assertj.core.api.Assertions.assertThat;

import com.dealjournal.i18n.Messages;
import com.dealjournal.model.Event;
import com.dealjournal.model.Prospect;
import com.dealjournal.model.Reply;
import com.dealjournal.store.Journal;
import com.dealjournal.testing.JournalFiles;
import com.dealjournal.ui.FxTest;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeoutException;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ToggleButton;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The notices at start, shown by ControlsFX in the window's corner: who has not answered beyond the
 * chase limit, the monthly review on the first working day, and each at most once a day.
 */
class StartupNotificationsTest extends FxTest {

    /** Tuesday, 1 December 2026: the first working day of December. */
    private static final LocalDate FIRST_OF_DECEMBER = LocalDate.of(2026, 12, 1);

    @BeforeEach
    void notNotifiedYet() {
        preferencesNode.remove("lastNotified");
    }

    private static Clock on(LocalDate day) {
        return Clock.fixed(day.atTime(9, 0).toInstant(ZoneOffset.UTC), ZoneOffset.UTC);
    }

    /** Two prospects chased three times without an answer, one chased exactly up to the limit of 2. */
    private Path journalWithTwoBeyondTheLimit() throws Exception {
        return journalWith(journal -> {
            chased(journal, "Nordlicht", Reply.NONE, Reply.PUT_OFF, Reply.NONE);
            chased(journal, "Fjord", Reply.NONE, Reply.NONE, Reply.NONE);
            chased(journal, "Kranich", Reply.NONE, Reply.NONE);
        });
    }

    private static void chased(Journal journal, String name, Reply... replies) {
        Prospect p = journal.prospects().insert(Prospect.named(name, JournalFiles.EUR));
        LocalDate date = LocalDate.of(2026, 10, 1);
        for (Reply reply : replies) {
            journal.events().insert(new Event.FollowUp(0, p.id(), date, reply, null));
            date = date.plusDays(7);
        }
    }

    /** The title and text of the notices showing, each text as one line. */
    private List<String> noticeTexts() {
        return lookup(".notification-bar .label").queryAllAs(Label.class).stream()
                .filter(Node::isVisible).map(label -> label.getText().replaceAll("\\s+", " ")).toList();
    }

    private void startAndWaitForTheList(Path journal, Clock clock, Messages language) throws TimeoutException {
        startApp(journal, clock, language);
        waitUntil(() -> stage.getTitle().endsWith(journal.toString()));
        waitUntil(() -> lookup("#prospect-table").tryQuery().isPresent());
    }

    /** Gives the database thread time to finish what the start queued, notices included. */
    private static void settle() throws InterruptedException {
        Thread.sleep(1500);
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void prospectsWaitingBeyondTheChaseLimitAreCountedOnceADay() throws Exception {
        Path journal = journalWithTwoBeyondTheLimit();
        startAndWaitForTheList(journal, CLOCK, messages);

        waitUntil(() -> !noticeTexts().isEmpty());
        assertThat(noticeTexts()).containsExactlyInAnyOrder("Waiting on them", "2 prospects have not answered after"
                + " more than 2 follow-ups: time to let them go or call once more.");
        assertThat(lookup(".notification-bar").queryAll()).hasSize(1);
        waitUntil(() -> preferences.lastNotified().equals(java.util.Optional.of(TODAY)));

        FxToolkit.cleanupStages();
        context.close();
        startAndWaitForTheList(journal, CLOCK, messages);
        settle();
        assertThat(noticeTexts()).as("the second start of the day says nothing").isEmpty();
        assertThat(preferences.lastNotified()).contains(TODAY);
    }

    @Test
    void theChaseLimitOfTheJournalDecides() throws Exception {
        Path journal = journalWithTwoBeyondTheLimit();
        JournalFiles.sql(journal, "INSERT INTO settings (key, value) VALUES ('chase_limit', '1')");

        startAndWaitForTheList(journal, CLOCK, new Messages(Locale.GERMAN));

        waitUntil(() -> !noticeTexts().isEmpty());
        assertThat(noticeTexts()).containsExactlyInAnyOrder("Warte auf sie", "3 Interessenten haben auf mehr als"
                + " eine Nachfrage nicht geantwortet: Zeit, sie ziehen zu lassen oder noch einmal anzurufen.");
    }

    @Test
    void anOrdinaryDayWithNobodyBeyondTheLimitSaysNothingAndDoesNotUseUpTheDay() throws Exception {
        Path journal = journalWith(j -> chased(j, "Kranich", Reply.NONE, Reply.NONE));

        startAndWaitForTheList(journal, CLOCK, messages);
        settle();

        assertThat(noticeTexts()).isEmpty();
        assertThat(preferences.lastNotified()).isEmpty();
    }

    @Test
    void theFirstWorkingDayOfAMonthNudgesTheReviewOfTheMonthBeforeAndItsButtonOpensIt() throws Exception {
        Path journal = JournalFiles.octoberJournal(dir.resolve("journal.db"));
        startAndWaitForTheList(journal, on(FIRST_OF_DECEMBER), messages);

        waitUntil(() -> !noticeTexts().isEmpty());
        assertThat(noticeTexts()).containsExactlyInAnyOrder("Monthly review",
                "A new month: take ten minutes for your review of November 2026.");
        assertThat(lookup(".notification-bar").queryAll()).hasSize(1);
        waitUntil(() -> preferences.lastNotified().equals(java.util.Optional.of(FIRST_OF_DECEMBER)));

        clickOn(lookup(".notification-bar .button").match((Button b) -> "Open the review".equals(b.getText()))
                .queryButton());

        waitUntil(() -> lookup("#nav-review").queryAs(ToggleButton.class).isSelected());
        waitUntil(() -> "November 2026".equals(lookup("#review-month").queryAs(Label.class).getText()));
    }

    @Test
    void bothNoticesDueShareOneNotificationOnTheFirstWorkingDay() throws Exception {
        Path journal = journalWithTwoBeyondTheLimit();
        startAndWaitForTheList(journal, on(FIRST_OF_DECEMBER), messages);

        waitUntil(() -> !noticeTexts().isEmpty());
        assertThat(noticeTexts()).containsExactlyInAnyOrder("Before you start", "2 prospects have not answered after"
                + " more than 2 follow-ups: time to let them go or call once more. A new month: take ten minutes"
                + " for your review of November 2026.");
        assertThat(lookup(".notification-bar").queryAll()).hasSize(1);
        assertThat(lookup(".notification-bar .button").queryAllAs(Button.class))
                .anyMatch(b -> "Open the review".equals(b.getText()));
        waitUntil(() -> preferences.lastNotified().equals(java.util.Optional.of(FIRST_OF_DECEMBER)));
    }
}
