package com.dealjournal.exchange;

import static org.assertj.core.api.Assertions.assertThat;

import com.dealjournal.i18n.Messages;
import com.dealjournal.model.Event;
import com.dealjournal.model.Initiator;
import com.dealjournal.model.JournalContent;
import com.dealjournal.model.Prospect;
import com.dealjournal.model.ProspectStatus;
import com.dealjournal.model.Reply;
import com.dealjournal.model.Response;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Currency;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What a hand-made CSV pair, as a spreadsheet or a person writes it, reads as. */
class CsvImportTest {

    private static final Currency EUR = Currency.getInstance("EUR");
    private static final Currency USD = Currency.getInstance("USD");

    @TempDir
    Path folder;

    private final CsvExchange csv = new CsvExchange(new Messages(Locale.ENGLISH));

    private ImportResult read(String prospects, String events) throws IOException {
        Files.writeString(folder.resolve(CsvExchange.PROSPECTS_FILE), prospects);
        Files.writeString(folder.resolve(CsvExchange.EVENTS_FILE), events);
        return csv.read(folder, EUR);
    }

    @Test
    void columnsInAnyOrderOnlyTheRequiredOnesAByteOrderMarkAndWordsInAnyCase() throws IOException {
        ImportResult result = read(
                "\uFEFFstatus,name,id,closed_on,final_price,currency\n"
                        + "won,Acme, 7 ,2026-03-01, 1250.5 ,usd\n"
                        + ",Beta,b,,,\n",
                "\uFEFFtype,prospect_id,date,response,initiator,reply,note\n"
                        + "scope, 7 ,2026-03-02,Traded,,,\n"
                        + "follow_up,b,2026-03-05,,,,\n"
                        + "note,b,2026-03-04,,,,\"two\nlines\"\n");

        assertThat(result.problems()).isEmpty();
        assertThat(result.content()).isEqualTo(new JournalContent(EUR, List.of(
                new JournalContent.Entry(" 7 ", new Prospect(0, "Acme", null, null, null, null, ProspectStatus.WON,
                        LocalDate.of(2026, 3, 1), USD, null, null, new BigDecimal("1250.5"), null, null),
                        List.of(new Event.Scope(0, 0, LocalDate.of(2026, 3, 2), Initiator.THEM, Response.TRADED, null,
                                null, null))),
                new JournalContent.Entry("b", Prospect.named("Beta", EUR), List.of(
                        new Event.Note(0, 0, LocalDate.of(2026, 3, 4), "two\nlines"),
                        new Event.FollowUp(0, 0, LocalDate.of(2026, 3, 5), Reply.NONE, null))))));
    }

    @Test
    void eventsOfOneDateKeepTheirOrderInTheFileWhateverComesBetween() throws IOException {
        ImportResult result = read("id,name\r\n1,A\r\n2,B\r\n",
                "prospect_id,date,type,note\r\n"
                        + "1,2026-03-02,NOTE,second day\r\n"
                        + "1,2026-03-01,NOTE,first\r\n"
                        + "2,2026-03-01,NOTE,other prospect\r\n"
                        + "1,2026-03-01,NOTE,then this\r\n"
                        + "1,2026-03-01,NOTE,and last\r\n");

        assertThat(result.content().prospects().getFirst().events()).extracting(Event::note)
                .containsExactly("first", "then this", "and last", "second day");
    }

    @Test
    void emptyLinesAndLinesOfEmptyCellsAreSkipped() throws IOException {
        ImportResult result = read("id,name\r\n\r\n1,A\r\n,\r\n\r\n", "prospect_id,date,type,note\r\n,,,\r\n");

        assertThat(result.problems()).isEmpty();
        assertThat(result.content().prospects()).extracting(JournalContent.Entry::key).containsExactly("1");
    }

    @Test
    void textIsKeptExactlyWhileNumbersDatesAndWordsMayHaveSpaces() throws IOException {
        ImportResult result = read("id,name,company,list_price,first_contact,status\r\n"
                        + "1,  Spaced  ,\t, 12.50 , 2026-01-02 , open \r\n",
                "prospect_id,date,type,response,asked_percent,traded_for\r\n"
                        + "1, 2026-01-03 , discount , held , 10 ,  \r\n");

        assertThat(result.problems()).isEmpty();
        Prospect prospect = result.content().prospects().getFirst().prospect();
        assertThat(prospect.name()).isEqualTo("  Spaced  ");
        assertThat(prospect.company()).isEqualTo("\t");
        assertThat(prospect.listPrice()).isEqualTo(new BigDecimal("12.50"));
        assertThat(result.content().prospects().getFirst().events().getFirst())
                .isEqualTo(new Event.Discount(0, 0, LocalDate.of(2026, 1, 3), BigDecimal.TEN, null, Response.HELD,
                        null, "  ", null));
    }

    @Test
    void aUFFFDTheFileReallyHoldsIsText() throws IOException {
        ImportResult result = read("id,name\r\n1,caf\uFFFD\r\n", "prospect_id,date,type\r\n");

        assertThat(result.problems()).isEmpty();
        assertThat(result.content().prospects().getFirst().prospect().name()).isEqualTo("caf\uFFFD");
    }

    @Test
    void everyProblemOfBothFilesIsListedInFileOrder() throws IOException {
        ImportResult result = read("id,name,gut_feeling\r\n1,A,7\r\n2,,2\r\n3,C,x\r\n",
                "prospect_id,date,type\r\n1,2026-02-30,NOTE\r\n");

        assertThat(result.ok()).isFalse();
        assertThat(result.content()).isNull();
        assertThat(result.problems()).extracting(ImportProblem::describe).containsExactly(
                "prospects.csv, line 2, column gut_feeling: Gut feeling must be from 1 to 5.",
                "prospects.csv, line 3, column name: Name is required.",
                "prospects.csv, line 4, column gut_feeling: Gut feeling: \"x\" is not a whole number.",
                "events.csv, line 2, column date: Date: \"2026-02-30\" is not a date. Write it as YYYY-MM-DD, "
                        + "for example 2026-03-31.",
                "events.csv, line 2, column note: Note is required.");
        assertThat(result.problemCount()).isEqualTo(5);
    }

    @Test
    void aLongValueIsQuotedShortenedInItsProblemAndNeverSplitsAnEmoji() throws IOException {
        ImportResult result = read("id,name,list_price\r\n1,A," + "1".repeat(58) + "😀".repeat(100_000) + "\r\n",
                "prospect_id,date,type\r\n");

        assertThat(result.problems()).singleElement().extracting(ImportProblem::message)
                .isEqualTo("List price: \"" + "1".repeat(58) + "\u2026\" is not a number. Use digits and a dot for "
                        + "decimals, for example 1250.50.");
    }

    @Test
    void problemsAreInTheUsersLanguage() throws IOException {
        Files.writeString(folder.resolve(CsvExchange.PROSPECTS_FILE), "id,name,colour\r\n");
        Files.writeString(folder.resolve(CsvExchange.EVENTS_FILE), "prospect_id,date,type\r\n1,2026-01-01,NOTE\r\n",
                StandardCharsets.UTF_8);
        Messages german = new Messages(Locale.GERMAN);

        ImportResult result = new CsvExchange(german).read(folder, EUR);

        assertThat(result.problems()).extracting(problem -> problem.describe(german)).containsExactly(
                "prospects.csv, Zeile 1, Spalte colour: Eine Spalte \u201Ecolour\u201C gibt es nicht. Die Spalten sind: "
                        + "id, name, company, contact, source, first_contact, status, closed_on, currency, list_price, "
                        + "walk_away_price, final_price, gut_feeling, notes.",
                "events.csv, Zeile 2, Spalte note: Notiz ist ein Pflichtfeld.");
    }
}
