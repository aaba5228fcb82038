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
import java.io.StringReader;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Big, wide and very wrong files: read fast, with a bounded list of problems. */
class CsvLimitsTest {

    private static final Currency EUR = Currency.getInstance("EUR");

    @TempDir
    Path folder;

    private final CsvExchange csv = new CsvExchange(new Messages(Locale.ENGLISH));

    @Test
    void commonsCsvCountsRecordsNotLinesAndTheHeaderOnlyWhenWeReadItOurselves() throws IOException {
        String text = "id,name\r\n1,\"two\r\nlines\"\r\n\r\n2,B\r\n";
        try (CSVParser parser = CSVParser.builder().setReader(new StringReader(text))
                .setFormat(CSVFormat.RFC4180).get()) {
            assertThat(parser.getRecords()).extracting(CSVRecord::getRecordNumber).containsExactly(1L, 2L, 3L, 4L);
        }
        // with a header in the format, the first data record would be record 1: a spreadsheet's line 2
        try (CSVParser parser = CSVParser.builder().setReader(new StringReader(text))
                .setFormat(CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()).get()) {
            assertThat(parser.getRecords().getFirst().getRecordNumber()).isEqualTo(1L);
        }
    }

    @Test
    void aHeaderOfTenThousandColumnsIsReportedAndCapped() throws IOException {
        String header = "id,name," + IntStream.range(0, 10_000).mapToObj(i -> "c" + i).collect(Collectors.joining(","));
        Files.writeString(folder.resolve(CsvExchange.PROSPECTS_FILE), header + "\r\n1,A\r\n");
        Files.writeString(folder.resolve(CsvExchange.EVENTS_FILE), "prospect_id,date,type,x\r\n");

        ImportResult result = csv.read(folder, EUR);

        assertThat(result.problemCount()).isEqualTo(10_001);
        assertThat(result.problems()).hasSize(10_000);
        assertThat(result.problems().getFirst().describe())
                .startsWith("prospects.csv, line 1, column c0: There is no column \"c0\".");
    }

    @Test
    void problemsStopBeingCollectedAfterTenThousandButAreStillCounted() throws IOException {
        StringBuilder prospects = new StringBuilder("id,name,gut_feeling\r\n");
        for (int i = 0; i < 12_345; i++) {
            prospects.append(i).append(",P").append(i).append(",9\r\n");
        }
        Files.writeString(folder.resolve(CsvExchange.PROSPECTS_FILE), prospects);
        Files.writeString(folder.resolve(CsvExchange.EVENTS_FILE), "prospect_id,date,type\r\n");

        ImportResult result = csv.read(folder, EUR);

        assertThat(result.problemCount()).isEqualTo(12_345);
        assertThat(result.problems()).hasSize(10_000);
        assertThat(result.problems().getLast().line()).isEqualTo(10_001);
    }

    @Test
    void aHundredThousandEventsAreReadBackAsTheyWereWritten() throws IOException {
        // how fast is the benchmark's question (bench/), not a test's: timed tests fail on busy machines
        JournalContent content = bigJournal(1_000, 100);
        csv.write(content, folder, false);

        ImportResult result = csv.read(folder, EUR);

        assertThat(result.problems()).isEmpty();
        assertThat(result.content().eventCount()).isEqualTo(100_000);
        assertThat(result.content()).isEqualTo(content);
    }

    /** Prospects with events of every kind, as read back: ids 0, money with two decimals. */
    static JournalContent bigJournal(int prospects, int eventsEach) {
        List<JournalContent.Entry> entries = new ArrayList<>();
        for (int p = 0; p < prospects; p++) {
            Prospect prospect = new Prospect(0, "Prospect " + p, "Company, Inc.", "mail" + p + "@example.com", "web",
                    LocalDate.of(2025, 1, 1).plusDays(p % 300), ProspectStatus.WON, LocalDate.of(2026, 1, 1), EUR,
                    new BigDecimal("4800.00"), new BigDecimal("4000.00"), new BigDecimal("4500.00"), 1 + p % 5,
                    "Notes with \"quotes\"\nand a line break");
            List<Event> events = new ArrayList<>(eventsEach);
            for (int e = 0; e < eventsEach; e++) {
                LocalDate date = LocalDate.of(2025, 1, 1).plusDays(e);
                events.add(switch (e % 4) {
                    case 0 -> new Event.Discount(0, 0, date, new BigDecimal("12.5"), null, Response.TRADED,
                            new BigDecimal("250.00"), "prepayment", null);
                    case 1 -> new Event.Scope(0, 0, date, Initiator.THEM, Response.HELD, new BigDecimal("900.00"), null,
                            "a newsletter, too");
                    case 2 -> new Event.FollowUp(0, 0, date, Reply.PUT_OFF, null);
                    default -> new Event.Note(0, 0, date, "called, will decide next week");
                });
            }
            entries.add(new JournalContent.Entry(String.valueOf(p + 1), prospect, events));
        }
        return new JournalContent(EUR, entries);
    }
}
