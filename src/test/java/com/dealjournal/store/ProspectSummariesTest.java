package com.dealjournal.store;

import static org.assertj.core.api.Assertions.assertThat;

import com.dealjournal.model.Event;
import com.dealjournal.model.Initiator;
import com.dealjournal.model.Prospect;
import com.dealjournal.model.ProspectStatus;
import com.dealjournal.model.ProspectSummary;
import com.dealjournal.model.Reply;
import com.dealjournal.model.Response;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Currency;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The prospect list's one aggregate query, against counts worked out by hand. */
class ProspectSummariesTest {

    private static final Currency EUR = Currency.getInstance("EUR");

    @TempDir
    Path dir;
    private Journal journal;

    @BeforeEach
    void open() throws Exception {
        journal = Journal.open(dir.resolve("journal.db"), Database.Mode.CREATE);
    }

    @AfterEach
    void close() {
        journal.close();
    }

    private Prospect prospect(String name) {
        return journal.prospects().insert(Prospect.named(name, EUR));
    }

    private void discount(Prospect p, String date, Response response) {
        BigDecimal conceded = response == Response.HELD ? null : new BigDecimal("100.00");
        journal.events().insert(new Event.Discount(0, p.id(), LocalDate.parse(date), new BigDecimal("10"), null,
                response, conceded, null, null));
    }

    private void scope(Prospect p, String date, Initiator initiator, Response response) {
        journal.events().insert(new Event.Scope(0, p.id(), LocalDate.parse(date), initiator, response, null, null,
                null));
    }

    private void followUp(Prospect p, String date, Reply reply) {
        journal.events().insert(new Event.FollowUp(0, p.id(), LocalDate.parse(date), reply, null));
    }

    private ProspectSummary summaryOf(String name) {
        return journal.prospects().summaries().stream()
                .filter(s -> s.prospect().name().equals(name)).findFirst().orElseThrow();
    }

    @Test
    void countsRequestsAnswersAndFollowUps() {
        Prospect p = prospect("Nordlicht GmbH");
        discount(p, "2026-10-01", Response.HELD);
        discount(p, "2026-10-02", Response.CONCEDED);
        scope(p, "2026-10-03", Initiator.THEM, Response.TRADED);
        scope(p, "2026-10-04", Initiator.ME, Response.CONCEDED);
        followUp(p, "2026-10-05", Reply.NONE);
        journal.events().insert(new Event.Note(0, p.id(), LocalDate.parse("2026-10-06"), "called"));

        ProspectSummary summary = summaryOf("Nordlicht GmbH");

        assertThat(summary.requests()).isEqualTo(4);
        assertThat(summary.discounts()).isEqualTo(2);
        assertThat(summary.eyeLevel()).isEqualTo(2);
        assertThat(summary.conceded()).isEqualTo(2);
        assertThat(summary.followUps()).isEqualTo(1);
        assertThat(summary.eyeLevelPercent()).isEqualTo(50);
        assertThat(summary.lastActivity()).isEqualTo(LocalDate.parse("2026-10-06"));
        assertThat(summary.waitingSince()).as("the last event is a note, not a follow-up").isNull();
    }

    @Test
    void eyeLevelShareRoundsHalfUpAndIsAbsentWithoutRequests() {
        Prospect p = prospect("Two of three");
        discount(p, "2026-10-01", Response.HELD);
        discount(p, "2026-10-02", Response.TRADED);
        discount(p, "2026-10-03", Response.CONCEDED);
        prospect("No requests");

        assertThat(summaryOf("Two of three").eyeLevelPercent()).isEqualTo(67);
        assertThat(summaryOf("No requests").eyeLevelPercent()).isNull();
        assertThat(summaryOf("No requests").requests()).isZero();
    }

    @Test
    void chaseStreakCountsFollowUpsSinceTheLastAnsweredOneInJournalOrder() {
        Prospect p = prospect("Stalling AG");
        followUp(p, "2026-09-01", Reply.NONE);
        followUp(p, "2026-09-10", Reply.ANSWERED);
        followUp(p, "2026-09-20", Reply.PUT_OFF);
        followUp(p, "2026-10-01", Reply.NONE);
        // logged later but dated earlier than the answer: it is before the answer in journal order
        followUp(p, "2026-09-05", Reply.NONE);

        ProspectSummary summary = summaryOf("Stalling AG");

        assertThat(summary.followUps()).isEqualTo(5);
        assertThat(summary.chaseStreak()).isEqualTo(2);
        assertThat(summary.isAtChaseLimit(2)).isTrue();
        assertThat(summary.isAtChaseLimit(3)).isFalse();
    }

    @Test
    void anAnsweredFollowUpLaterOnTheSameDateResetsTheStreak() {
        Prospect p = prospect("Same day");
        followUp(p, "2026-10-01", Reply.NONE);
        followUp(p, "2026-10-01", Reply.ANSWERED);

        assertThat(summaryOf("Same day").chaseStreak()).isZero();
        assertThat(summaryOf("Same day").waitingSince()).isNull();
    }

    @Test
    void waitingOnThemWhenTheLatestEventIsAnUnansweredFollowUp() {
        Prospect silent = prospect("Silent");
        followUp(silent, "2026-10-01", Reply.NONE);
        Prospect putOff = prospect("Put off");
        followUp(putOff, "2026-10-03", Reply.PUT_OFF);
        Prospect answered = prospect("Answered");
        followUp(answered, "2026-10-02", Reply.ANSWERED);
        Prospect closed = journal.prospects().insert(new Prospect(0, "Closed", null, null, null, null,
                ProspectStatus.LOST, LocalDate.parse("2026-10-05"), EUR, null, null, null, null, null));
        followUp(closed, "2026-10-04", Reply.NONE);

        assertThat(summaryOf("Silent").waitingSince()).isEqualTo(LocalDate.parse("2026-10-01"));
        assertThat(summaryOf("Silent").isWaitingOnThem()).isTrue();
        assertThat(summaryOf("Put off").isWaitingOnThem()).isTrue();
        assertThat(summaryOf("Answered").isWaitingOnThem()).isFalse();
        assertThat(summaryOf("Closed").isWaitingOnThem()).as("a closed deal waits on no one").isFalse();
    }

    @Test
    void aProspectWithoutEventsShowsItsFirstContactAsLastActivity() {
        journal.prospects().insert(new Prospect(0, "New lead", null, null, null, LocalDate.parse("2026-11-02"),
                ProspectStatus.OPEN, null, EUR, null, null, null, null, null));

        ProspectSummary summary = summaryOf("New lead");

        assertThat(summary.lastActivity()).isEqualTo(LocalDate.parse("2026-11-02"));
        assertThat(List.of(summary.requests(), summary.followUps(), summary.chaseStreak())).containsOnly(0);
    }

    @Test
    void restoreBringsBackAProspectAndItsEventsUnderTheirIds() {
        Prospect p = prospect("Undo me");
        discount(p, "2026-10-01", Response.HELD);
        followUp(p, "2026-10-01", Reply.NONE);
        Prospect saved = journal.prospects().find(p.id()).orElseThrow();
        List<Event> events = journal.events().findByProspect(p.id());
        journal.prospects().delete(p.id());

        journal.restore(saved, events);

        assertThat(journal.prospects().find(p.id())).contains(saved);
        assertThat(journal.events().findByProspect(p.id())).isEqualTo(events);
    }

    @Test
    void settingsKeepTheChaseLimitAndDefaultCurrency() {
        assertThat(journal.settings().chaseLimit()).isEqualTo(2);
        assertThat(journal.settings().defaultCurrency()).isEqualTo(EUR);

        journal.settings().setChaseLimit(4);
        journal.settings().setDefaultCurrency(Currency.getInstance("CHF"));

        assertThat(journal.settings().chaseLimit()).isEqualTo(4);
        assertThat(journal.settings().defaultCurrency()).isEqualTo(Currency.getInstance("CHF"));
    }

    @Test
    void mostCommonAnswersAreCountedJournalWide() {
        Prospect a = prospect("A");
        Prospect b = prospect("B");
        discount(a, "2026-10-01", Response.TRADED);
        discount(b, "2026-10-01", Response.TRADED);
        discount(b, "2026-10-02", Response.HELD);

        assertThat(journal.events().answerCounts(com.dealjournal.model.EventType.DISCOUNT, Response.class))
                .containsEntry(Response.TRADED, 2).containsEntry(Response.HELD, 1).doesNotContainKey(Response.CONCEDED);
    }

    @Test
    void eachTypesAnswersAreCountedApartAndAnswersNeverGivenAreAbsent() {
        Prospect a = prospect("A");
        discount(a, "2026-10-01", Response.CONCEDED);
        scope(a, "2026-10-02", Initiator.ME, Response.CONCEDED);
        scope(a, "2026-10-03", Initiator.ME, Response.TRADED);
        scope(a, "2026-10-04", Initiator.THEM, Response.HELD);
        followUp(a, "2026-10-05", Reply.PUT_OFF);
        followUp(a, "2026-10-06", Reply.PUT_OFF);
        followUp(a, "2026-10-07", Reply.NONE);

        var events = journal.events();
        assertThat(events.answerCounts(com.dealjournal.model.EventType.SCOPE, Response.class)).containsOnly(
                java.util.Map.entry(Response.CONCEDED, 1), java.util.Map.entry(Response.TRADED, 1),
                java.util.Map.entry(Response.HELD, 1));
        assertThat(events.answerCounts(com.dealjournal.model.EventType.SCOPE, Initiator.class)).containsOnly(
                java.util.Map.entry(Initiator.ME, 2), java.util.Map.entry(Initiator.THEM, 1));
        assertThat(events.answerCounts(com.dealjournal.model.EventType.DISCOUNT, Response.class))
                .containsOnly(java.util.Map.entry(Response.CONCEDED, 1));
        assertThat(events.answerCounts(com.dealjournal.model.EventType.FOLLOW_UP, Reply.class)).containsOnly(
                java.util.Map.entry(Reply.PUT_OFF, 2), java.util.Map.entry(Reply.NONE, 1));
        assertThat(events.answerCounts(com.dealjournal.model.EventType.NOTE, Reply.class)).isEmpty();
    }
}
