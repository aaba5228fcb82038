package com.dealjournal.store;

import static com.dealjournal.store.StoreFixtures.EUR;
import static com.dealjournal.store.StoreFixtures.assertSameValuesInOrder;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.dealjournal.model.Event;
import com.dealjournal.model.Initiator;
import com.dealjournal.model.JournalContent;
import com.dealjournal.model.Prospect;
import com.dealjournal.model.ProspectStatus;
import com.dealjournal.model.Reply;
import com.dealjournal.model.Response;
import com.dealjournal.model.ValidationException;
import com.dealjournal.testing.JournalFiles;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Currency;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Importing whole journals into the store and reading them back for an export, on real files. */
class ContentTransferTest {

    private static final LocalDate DAY = LocalDate.of(2026, 3, 4);
    private static final Currency CHF = Currency.getInstance("CHF");

    @TempDir
    Path dir;

    private static JournalContent.Entry entry(String key, Prospect prospect, Event... events) {
        return new JournalContent.Entry(key, prospect, List.of(events));
    }

    private static JournalContent twoProspects(Currency defaultCurrency) {
        Prospect won = new Prospect(0, "Anna \"A\", Schmidt", "Nordlicht", null, "Fair", LocalDate.of(2026, 1, 5),
                ProspectStatus.WON, LocalDate.of(2026, 4, 1), EUR, new BigDecimal("4800.00"),
                new BigDecimal("4000.00"), new BigDecimal("4500.50"), 4, "line one\nline two");
        Prospect open = Prospect.named("=Bernd", CHF);
        return new JournalContent(defaultCurrency, List.of(
                entry("a", won,
                        // three events of one date, in the order they were logged, which is not alphabetical
                        new Event.Note(0, 0, DAY, "first of the day"),
                        new Event.Discount(0, 0, DAY, new BigDecimal("10.50"), null, Response.TRADED,
                                new BigDecimal("200.00"), "prepayment", null),
                        new Event.FollowUp(0, 0, DAY, Reply.ANSWERED, "last of the day"),
                        new Event.Scope(0, 0, DAY.plusDays(1), Initiator.ME, Response.CONCEDED,
                                new BigDecimal("0.01"), null, null)),
                entry("b", open)));
    }

    @Test
    void anImportIntoAnEmptyJournalReadsBackAsItWasWithEventsInTheirLoggedOrder() throws Exception {
        JournalContent imported = twoProspects(EUR);
        try (Journal journal = Journal.open(dir.resolve("j.db"), Database.Mode.CREATE)) {
            journal.add(imported);
        }
        try (Journal journal = Journal.open(dir.resolve("j.db"), Database.Mode.READ_ONLY)) {
            JournalContent read = journal.content();
            assertThat(read.prospects()).extracting(JournalContent.Entry::key).containsExactly("1", "2");
            for (int i = 0; i < 2; i++) {
                JournalContent.Entry expected = imported.prospects().get(i);
                JournalContent.Entry actual = read.prospects().get(i);
                StoreFixtures.assertSameValues(actual.prospect(), expected.prospect().withId(i + 1));
                assertSameValuesInOrder(actual.events().stream().map(e -> e.withId(0).withProspectId(0)).toList(),
                        expected.events());
            }
            assertThat(read.prospects().getFirst().events()).extracting(Event::note)
                    .startsWith("first of the day", null, "last of the day");
        }
    }

    @Test
    void anImportIsAddedBesideWhatTheJournalHoldsUnderNewIds() throws Exception {
        Path file = JournalFiles.journalWith(dir.resolve("j.db"), 2, 1);
        try (Journal journal = Journal.open(file, Database.Mode.EXISTING)) {
            List<Prospect> before = journal.prospects().findAll();
            journal.add(twoProspects(EUR));
            assertThat(journal.prospects().count()).isEqualTo(4);
            assertThat(journal.events().count()).isEqualTo(2 + 4);
            assertThat(journal.prospects().findAll()).containsAll(before);
            assertThat(journal.content().prospects()).extracting(JournalContent.Entry::key)
                    .containsExactly("1", "2", "3", "4");
            assertThat(journal.events().findByProspect(3)).hasSize(4);
        }
    }

    @Test
    void anInvalidEventInTheMiddleLeavesTheJournalAsItWas() throws Exception {
        Path file = JournalFiles.journalWith(dir.resolve("j.db"), 1, 2);
        JournalContent bad = new JournalContent(EUR, List.of(
                entry("x", Prospect.named("Fine", EUR), new Event.Note(0, 0, DAY, "fine")),
                entry("y", Prospect.named("Also fine", EUR), new Event.Note(0, 0, DAY, null))));
        try (Journal journal = Journal.open(file, Database.Mode.EXISTING)) {
            JournalContent before = journal.content();
            assertThatThrownBy(() -> journal.add(bad)).isInstanceOf(ValidationException.class);
            assertThat(journal.content()).isEqualTo(before);
        }
    }

    @Test
    void anEmptyJournalTakesTheImportsDefaultCurrencyAJournalWithProspectsKeepsItsOwn() throws Exception {
        try (Journal journal = Journal.open(dir.resolve("empty.db"), Database.Mode.CREATE)) {
            journal.add(twoProspects(CHF));
            assertThat(journal.settings().defaultCurrency()).isEqualTo(CHF);
            journal.add(twoProspects(Currency.getInstance("USD")));
            assertThat(journal.settings().defaultCurrency()).isEqualTo(CHF);
            assertThat(journal.content().defaultCurrency()).isEqualTo(CHF);
        }
    }
}
