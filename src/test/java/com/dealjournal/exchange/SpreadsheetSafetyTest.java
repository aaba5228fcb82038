package com.dealjournal.exchange;

import static org.assertj.core.api.Assertions.assertThat;

import com.dealjournal.i18n.Messages;
import com.dealjournal.model.Event;
import com.dealjournal.model.JournalContent;
import com.dealjournal.model.Prospect;
import com.dealjournal.model.ProspectStatus;
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
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** A spreadsheet opening an exported file never runs a text as a formula, and the import undoes the escaping exactly. */
class SpreadsheetSafetyTest {

    private static final Currency EUR = Currency.getInstance("EUR");

    @TempDir
    Path folder;

    private final CsvExchange csv = new CsvExchange(new Messages(Locale.ENGLISH));

    @ParameterizedTest(name = "[{0}] is written as [{1}]")
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            =SUM(A1)      | '=SUM(A1)
            +1            | '+1
            -x            | '-x
            @x            | '@x
            '=x           | ''=x
            ''@           | '''@
            '             | '
            'plain        | 'plain
            a=b           | a=b
            ` =x`         | ` =x`
            #1            | #1
            """)
    void aTextThatLooksLikeAFormulaGetsOneMoreQuote(String text, String cell) throws IOException {
        assertThat(exportedNameCell(text)).isEqualTo(cell);
        assertThat(imported(cell)).isEqualTo(text);
    }

    @Test
    void tabAndCarriageReturnAtTheStartAreEscapedToo() throws IOException {
        assertThat(exportedNameCell("\tx")).isEqualTo("'\tx");
        assertThat(exportedNotesCell("\r\nx")).isEqualTo("'\r\nx");
        assertThat(exportedNotesCell("x\r\n=y")).isEqualTo("x\r\n=y");
        assertThat(imported("'\tx")).isEqualTo("\tx");
    }

    @Test
    void rawBytesOfEveryTextColumnAreEscapedAndNoNumberIs() throws IOException {
        Prospect prospect = new Prospect(0, "=name", "+company", "-contact", "@source", LocalDate.of(2026, 1, 1),
                ProspectStatus.WON, LocalDate.of(2026, 2, 1), EUR, new BigDecimal("1.00"), null, new BigDecimal("2.00"),
                3, "=notes");
        Event discount = new Event.Discount(0, 0, LocalDate.of(2026, 1, 2), new BigDecimal("5"), null,
                Response.TRADED, new BigDecimal("10.00"), "=traded", "@note");
        csv.write(new JournalContent(EUR, List.of(new JournalContent.Entry("-1", prospect, List.of(discount)))),
                folder, false);

        assertThat(Files.readString(folder.resolve(CsvExchange.PROSPECTS_FILE), StandardCharsets.UTF_8))
                .endsWith("\r\n'-1,'=name,'+company,'-contact,'@source,2026-01-01,WON,2026-02-01,EUR,1.00,,2.00,3,"
                        + "'=notes\r\n");
        assertThat(Files.readString(folder.resolve(CsvExchange.EVENTS_FILE), StandardCharsets.UTF_8))
                .endsWith("\r\n'-1,2026-01-02,DISCOUNT,,TRADED,,5,,10.00,,'=traded,'@note\r\n");
        ImportResult read = csv.read(folder, EUR);
        assertThat(read.content().prospects().getFirst().key()).isEqualTo("-1");
        assertThat(read.content().prospects().getFirst().prospect()).isEqualTo(prospect.withId(0));
        assertThat(read.content().prospects().getFirst().events()).containsExactly(discount);
    }

    @Test
    void aQuoteBeforeANumberIsNotTakenAway() throws IOException {
        Files.writeString(folder.resolve(CsvExchange.PROSPECTS_FILE), "id,name,list_price\r\n1,A,'-5\r\n");
        Files.writeString(folder.resolve(CsvExchange.EVENTS_FILE), "prospect_id,date,type\r\n");

        ImportResult read = csv.read(folder, EUR);

        assertThat(read.problems()).extracting(ImportProblem::describe).containsExactly(
                "prospects.csv, line 2, column list_price: List price: \"'-5\" is not a number. "
                        + "Use digits and a dot for decimals, for example 1250.50.");
    }

    private String exportedNameCell(String name) throws IOException {
        return exportedProspectCell(Prospect.named(name, EUR), 1);
    }

    private String exportedNotesCell(String notes) throws IOException {
        Prospect prospect = new Prospect(0, "n", null, null, null, null, ProspectStatus.OPEN, null, EUR, null, null,
                null, null, notes);
        return exportedProspectCell(prospect, 13);
    }

    /** The cell as a spreadsheet sees it after RFC 4180 unquoting, which is what the escaping protects. */
    private String exportedProspectCell(Prospect prospect, int column) throws IOException {
        Path target = folder.resolve("export-" + System.nanoTime());
        csv.write(new JournalContent(EUR, List.of(new JournalContent.Entry("1", prospect, List.of()))), target, false);
        try (CSVParser parser = CSVParser.builder().setPath(target.resolve(CsvExchange.PROSPECTS_FILE))
                .setCharset(StandardCharsets.UTF_8).setFormat(CSVFormat.RFC4180).get()) {
            List<CSVRecord> records = parser.getRecords();
            return records.get(1).get(column);
        }
    }

    private String imported(String nameCell) throws IOException {
        Path source = folder.resolve("import-" + System.nanoTime());
        Files.createDirectories(source);
        Files.writeString(source.resolve(CsvExchange.PROSPECTS_FILE),
                "id,name\r\n1," + CsvExport.quoted(nameCell) + "\r\n");
        Files.writeString(source.resolve(CsvExchange.EVENTS_FILE), "prospect_id,date,type\r\n");
        ImportResult read = csv.read(source, EUR);
        assertThat(read.problems()).isEmpty();
        return read.content().prospects().getFirst().prospect().name();
    }
}
