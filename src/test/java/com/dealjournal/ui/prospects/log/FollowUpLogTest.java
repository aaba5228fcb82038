package com.dealjournal.ui.prospects.log;

import static org.assertj.core.api.Assertions.assertThat;

import com.dealjournal.model.Event;
import com.dealjournal.model.Prospect;
import com.dealjournal.model.Reply;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import javafx.scene.control.Label;
import javafx.scene.control.ToggleButton;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Test;

/**
 * Logging a follow-up, and the chase warning: shown exactly when this follow-up would be one too many
 * since their last real answer, counted on the date in the field, and never in the way of saving.
 */
class FollowUpLogTest extends QuickLogFxTest {

    private static final String THIRD = "This would be your 3rd follow-up to Nordlicht GmbH without a real answer. "
            + "Waiting is also an answer.";

    private long nextId = 1;

    private Event followUp(String date, Reply reply) {
        return new Event.FollowUp(nextId++, PROSPECT_ID, LocalDate.parse(date), reply, null);
    }

    private CompletableFuture<Optional<Event>> openFollowUp(List<Event> history, int limit) throws Exception {
        return open(() -> quickLog.followUp(owner, prospect, TODAY, LogDefaults.STANDARD, history, limit));
    }

    /** The warning's text while it is shown, or null when it is not. */
    private String chaseWarning() {
        Label warning = node("log-chase-warning", Label.class);
        assertThat(warning.isManaged()).as("takes room only when shown").isEqualTo(warning.isVisible());
        return warning.isVisible() ? warning.getText() : null;
    }

    @Test
    void enterAloneLogsNoReplyToday() throws Exception {
        CompletableFuture<Optional<Event>> result = openFollowUp(List.of(), 2);

        assertThat(dialog().getStyleClass()).contains("quick-log", "log-followup");
        assertThat(dialog().getHeaderText()).isEqualTo("You followed up with Nordlicht GmbH");
        assertThat(node("log-reply-none", ToggleButton.class).isSelected()).isTrue();
        assertThat(chaseWarning()).isNull();
        pressEnter();

        assertThat(saved(result)).isEqualTo(new Event.FollowUp(0, PROSPECT_ID, TODAY, Reply.NONE, null));
    }

    @Test
    void oneUnansweredFollowUpUnderALimitOfTwoIsNoWarning() throws Exception {
        openFollowUp(List.of(followUp("2026-03-02", Reply.NONE)), 2);

        assertThat(chaseWarning()).isNull();
    }

    @Test
    void twoUnansweredFollowUpsUnderALimitOfTwoWarnAndEnterStillSaves() throws Exception {
        List<Event> history = List.of(followUp("2026-03-02", Reply.NONE), followUp("2026-03-09", Reply.PUT_OFF));
        CompletableFuture<Optional<Event>> result = openFollowUp(history, 2);

        assertThat(chaseWarning()).isEqualTo(THIRD);
        assertThat(saveButton().isDisabled()).isFalse();
        pressEnter();

        assertThat(saved(result)).isEqualTo(new Event.FollowUp(0, PROSPECT_ID, TODAY, Reply.NONE, null));
    }

    @Test
    void anAnsweredFollowUpStartsTheCountAgain() throws Exception {
        List<Event> history = List.of(followUp("2026-03-02", Reply.NONE), followUp("2026-03-05", Reply.NONE),
                followUp("2026-03-09", Reply.ANSWERED), followUp("2026-03-12", Reply.NONE));
        openFollowUp(history, 2);

        assertThat(chaseWarning()).isNull();
    }

    @Test
    void otherEventsDoNotCountAsAnAnswer() throws Exception {
        List<Event> history = List.of(followUp("2026-03-02", Reply.NONE),
                new Event.Note(nextId++, PROSPECT_ID, LocalDate.parse("2026-03-04"), "Saw them at a fair."),
                followUp("2026-03-09", Reply.NONE));
        openFollowUp(history, 2);

        assertThat(chaseWarning()).isEqualTo(THIRD);
    }

    @Test
    void aLimitOfZeroWarnsOnTheFirstFollowUp() throws Exception {
        openFollowUp(List.of(), 0);

        assertThat(chaseWarning()).isEqualTo("This would be your 1st follow-up to Nordlicht GmbH without a real "
                + "answer. Waiting is also an answer.");
    }

    @Test
    void theWarningFollowsTheDateInTheField() throws Exception {
        List<Event> history = List.of(followUp("2026-03-05", Reply.NONE), followUp("2026-03-10", Reply.NONE));
        CompletableFuture<Optional<Event>> result = openFollowUp(history, 2);
        assertThat(chaseWarning()).isEqualTo(THIRD);

        retype("log-date", "2026-03-01");
        assertThat(chaseWarning()).as("before the earlier follow-ups").isNull();
        retype("log-date", "2026-03-07");
        assertThat(chaseWarning()).as("after one of them").isNull();
        retype("log-date", "2026-03-10");
        assertThat(chaseWarning()).as("on the day of the second, logged after it").isEqualTo(THIRD);
        retype("log-date", "2026-02-30");
        assertThat(chaseWarning()).as("no day, no count").isNull();
        retype("log-date", "2026-03-01");
        pressEnter();

        assertThat(saved(result).date()).isEqualTo(LocalDate.of(2026, 3, 1));
    }

    @Test
    void theOrdinalIsEnglish() throws Exception {
        List<Event> history = new ArrayList<>();
        for (int day = 1; day <= 21; day++) {
            history.add(followUp("2026-02-%02d".formatted(day), Reply.PUT_OFF));
        }
        openFollowUp(history, 20);

        assertThat(chaseWarning()).startsWith("This would be your 22nd follow-up to Nordlicht GmbH");
    }

    @Test
    void aProspectWithoutCompanyIsNamedByName() throws Exception {
        prospect = Prospect.named("Jana Berg", prospect.currency()).withId(PROSPECT_ID);
        openFollowUp(List.of(followUp("2026-03-02", Reply.NONE), followUp("2026-03-09", Reply.NONE)), 2);

        assertThat(chaseWarning()).isEqualTo("This would be your 3rd follow-up to Jana Berg without a real answer. "
                + "Waiting is also an answer.");
        assertThat(dialog().getHeaderText()).isEqualTo("You followed up with Jana Berg");
    }

    @Test
    void inGermanTheWarningSaysItTheGermanWay() throws Exception {
        inGerman();
        openFollowUp(List.of(followUp("2026-03-02", Reply.NONE), followUp("2026-03-09", Reply.NONE)), 2);

        assertThat(chaseWarning()).isEqualTo("Das wäre dein 3. Nachhaken bei Nordlicht GmbH ohne echte Antwort. "
                + "Auch Warten ist eine Antwort.");
    }

    @Test
    void editingKeepsTheIdAndCountsOnlyTheOtherEvents() throws Exception {
        Event.FollowUp stored = new Event.FollowUp(77, PROSPECT_ID, LocalDate.parse("2026-03-12"), Reply.PUT_OFF,
                "Call again in April.");
        List<Event> others = List.of(followUp("2026-03-02", Reply.NONE));
        CompletableFuture<Optional<Event>> result = open(() -> quickLog.edit(owner, prospect, stored, others, 2));

        assertThat(dialog().getStyleClass()).contains("log-followup");
        assertThat(node("log-reply-putoff", ToggleButton.class).isSelected()).isTrue();
        assertThat(input("log-note").getText()).isEqualTo("Call again in April.");
        assertThat(chaseWarning()).isNull();
        pressAlt(KeyCode.A);
        pressEnter();

        assertThat(saved(result)).isEqualTo(new Event.FollowUp(77, PROSPECT_ID, LocalDate.parse("2026-03-12"),
                Reply.ANSWERED, "Call again in April."));
    }
}
