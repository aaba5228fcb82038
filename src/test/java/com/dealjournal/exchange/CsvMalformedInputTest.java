package com.dealjournal.exchange;

import static org.assertj.core.api.Assertions.assertThat;

import com.dealjournal.i18n.Messages;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Currency;
import java.util.Locale;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Broken CSV pairs, each with the problem it must give: the file, the line as a spreadsheet counts it,
 * the column and a fragment of the message, and how many problems there are in all.
 */
class CsvMalformedInputTest {

    private static final String P = CsvExchange.PROSPECTS_FILE;
    private static final String E = CsvExchange.EVENTS_FILE;
    private static final String GOOD_PROSPECTS = "id,name\r\n1,Acme\r\n";
    private static final String GOOD_EVENTS = "prospect_id,date,type,note\r\n1,2026-03-01,NOTE,hi\r\n";
    private static final String EVENTS = "prospect_id,date,type,initiator,response,reply,asked_percent,asked_amount,"
            + "conceded_amount,value,traded_for,note\r\n";

    @TempDir
    Path folder;

    /** One broken pair: file contents ({@code null} for a missing file) and the problem expected. */
    record Case(String name, byte[] prospects, byte[] events, String file, long line, String column, String fragment,
                int count) {

        Case at(long newLine, String newColumn, String newFragment) {
            return new Case(name, prospects, events, file, newLine, newColumn, newFragment, count);
        }

        Case problems(int newCount) {
            return new Case(name, prospects, events, file, line, column, fragment, newCount);
        }

        @Override
        public String toString() {
            return name;
        }
    }

    private static Case prospects(String name, String text) {
        return prospects(name, text == null ? null : utf8(text));
    }

    private static Case prospects(String name, byte[] bytes) {
        return new Case(name, bytes, utf8(GOOD_EVENTS), P, 0, null, null, 1);
    }

    private static Case events(String name, String text) {
        return events(name, text == null ? null : utf8(text));
    }

    private static Case events(String name, byte[] bytes) {
        return new Case(name, utf8(GOOD_PROSPECTS), bytes, E, 0, null, null, 1);
    }

    /** An events.csv with all columns and one data row. */
    private static Case event(String name, String row) {
        return events(name, EVENTS + row + "\r\n");
    }

    static Stream<Case> cases() {
        return Stream.of(
                // the files
                prospects("prospects.csv is missing", (String) null).at(0, null, "The file is missing"),
                events("events.csv is missing", (String) null).at(0, null, "The file is missing"),
                prospects("an empty file", "").at(1, null, "The file is empty"),
                prospects("only a byte-order mark", new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF})
                        .at(1, null, "The file is empty"),
                events("a blank first line", "\r\nprospect_id,date,type\r\n").at(1, null, "The first line is empty"),
                prospects("a picture", png()).at(1, null, "not a text file in UTF-8"),
                prospects("text saved as UTF-16", GOOD_PROSPECTS.getBytes(StandardCharsets.UTF_16LE))
                        .at(1, null, "not a text file in UTF-8"),
                events("random bytes", randomBytes()).at(1, null, "not a text file in UTF-8"),
                // the header
                prospects("no name column", "id\r\n1\r\n").at(1, "name", "has no column name"),
                prospects("no id column", "name\r\nAcme\r\n").at(1, "id", "has no column id"),
                events("no type column", "prospect_id,date\r\n1,2026-01-01\r\n").at(1, "type", "has no column type"),
                prospects("an unknown column", "id,name,colour\r\n1,A,red\r\n")
                        .at(1, "colour", "There is no column \"colour\". The columns are: id, name, company,"),
                prospects("a column name in another case", "id,Name\r\n1,A\r\n")
                        .at(1, "Name", "There is no column \"Name\"").problems(2),
                prospects("a column twice", "id,name,name\r\n1,A,B\r\n")
                        .at(1, "name", "appears twice in the header, as column 2 and as column 3"),
                prospects("a column without a name", "id,,name\r\n1,,A\r\n")
                        .at(1, null, "Column 2 of the header has no name"),
                prospects("semicolons between the columns", "id;name\r\n1;Acme\r\n")
                        .at(1, null, "separated by semicolons"),
                prospects("a comma after the last column", "id,name,\r\n1,A,\r\n")
                        .at(1, null, "Column 3 of the header has no name"),
                // the records
                prospects("a value too few", "id,name,company\r\n1,A\r\n")
                        .at(2, "company", "This line has 2 values, but the header names 3 columns"),
                prospects("one value only", "id,name\r\n1\r\n").at(2, "name", "This line has one value"),
                prospects("a value too many", "id,name\r\n1,A,extra\r\n")
                        .at(2, null, "value 3 and those after it have no column"),
                events("a decimal comma outside quotes", "prospect_id,date,type,response,asked_percent\r\n"
                        + "1,2026-01-01,DISCOUNT,HELD,12,5\r\n").at(2, null, "This line has 6 values"),
                prospects("a quote never closed", "id,name\r\n1,A\r\n2,\"B\r\n3,C\r\n")
                        .at(3, null, "starts in this line but is never closed"),
                prospects("a quote never closed after a record with a line break",
                        "id,name,notes\r\n1,A,\"x\r\ny\"\r\n2,\"B\r\n").at(3, null, "never closed"),
                prospects("text after a closing quote", "id,name\r\n1,\"A\"x\r\n")
                        .at(2, null, "must end with a double quote followed by a comma"),
                prospects("a record with line breaks is one line",
                        "id,name,notes,gut_feeling\r\n1,A,\"x\r\ny\r\nz\",3\r\n2,B,,9\r\n")
                        .at(3, "gut_feeling", "Gut feeling must be from 1 to 5."),
                prospects("empty lines count", "id,name,gut_feeling\r\n\r\n\r\n1,A,0\r\n")
                        .at(4, "gut_feeling", "from 1 to 5"),
                prospects("line feeds alone end lines too", "id,name,gut_feeling\n1,A,3\n2,B,6\n")
                        .at(3, "gut_feeling", "from 1 to 5"),
                // bytes that are not UTF-8
                prospects("Latin-1 in a name", latin1("id,name\r\n1,Café\r\n"))
                        .at(2, "name", "contains bytes that are not UTF-8 text"),
                events("Latin-1 after a record with a line break",
                        latin1("prospect_id,date,type,note\r\n1,2026-01-01,NOTE,\"a\r\nb\"\r\n1,2026-01-02,NOTE,Müller\r\n"))
                        .at(3, "note", "not UTF-8"),
                prospects("a character cut off at the end", Arrays.copyOf(utf8("id,name\r\n1,Aä"), 13))
                        .at(2, "name", "not UTF-8"),
                // prospects' values
                prospects("a field of a megabyte", "id,name,notes\r\n1,A," + "x".repeat(1 << 20) + "\r\n")
                        .at(2, "notes", "Notes is too long: 1,048,576 characters, at most 10,000 are allowed."),
                prospects("no name", "id,name\r\n1,\r\n").at(2, "name", "Name is required."),
                prospects("no id", "id,name\r\n,A\r\n").at(2, "id", "ID is required.")
                        .problems(2), // and events.csv refers to a prospect 1 the file no longer has
                prospects("an id of spaces", "id,name\r\n  ,A\r\n").at(2, "id", "ID is required.").problems(2),
                prospects("an id twice", "id,name\r\n1,A\r\n1,B\r\n")
                        .at(3, "id", "\"1\" is already the ID of the prospect in line 2"),
                prospects("a name on two lines", "id,name\r\n1,\"A\nB\"\r\n").at(2, "name", "must be a single line"),
                prospects("a day that does not exist", "id,name,first_contact\r\n1,A,2026-02-30\r\n")
                        .at(2, "first_contact", "\"2026-02-30\" is not a date. Write it as YYYY-MM-DD"),
                prospects("a date written the American way", "id,name,first_contact\r\n1,A,03/01/2026\r\n")
                        .at(2, "first_contact", "is not a date"),
                prospects("a date before 1900", "id,name,first_contact\r\n1,A,1899-12-31\r\n")
                        .at(2, "first_contact", "must be between 1900-01-01 and 2999-12-31"),
                prospects("an unknown status", "id,name,status\r\n1,A,WONN\r\n")
                        .at(2, "status", "\"WONN\" is not one of OPEN, WON, LOST, DECLINED, STALLED"),
                prospects("an unknown status is not also an open deal with a date",
                        "id,name,status,closed_on\r\n1,A,CLOSED,2026-01-01\r\n").at(2, "status", "is not one of"),
                prospects("closed without a date", "id,name,status\r\n1,A,LOST\r\n")
                        .at(2, "closed_on", "is required for a closed deal"),
                prospects("open with a closing date", "id,name,closed_on\r\n1,A,2026-01-01\r\n")
                        .at(2, "closed_on", "must be empty while the deal is open"),
                prospects("a final price of a lost deal", "id,name,status,closed_on,final_price\r\n"
                        + "1,A,LOST,2026-01-01,100\r\n").at(2, "final_price", "Final price is only for won deals."),
                prospects("a negative price", "id,name,list_price\r\n1,A,-100\r\n")
                        .at(2, "list_price", "List price cannot be negative."),
                prospects("a price that is no number", "id,name,list_price\r\n1,A,abc\r\n")
                        .at(2, "list_price", "\"abc\" is not a number"),
                prospects("a decimal comma", "id,name,list_price\r\n1,A,\"12,50\"\r\n")
                        .at(2, "list_price", "\"12,50\" is not a number"),
                prospects("a thousands separator", "id,name,list_price\r\n1,A,\"1,250.00\"\r\n")
                        .at(2, "list_price", "\"1,250.00\" is not a number"),
                prospects("three decimals", "id,name,walk_away_price\r\n1,A,12.345\r\n")
                        .at(2, "walk_away_price", "can have at most 2 decimal places"),
                prospects("a billion", "id,name,list_price\r\n1,A,1000000000\r\n")
                        .at(2, "list_price", "is too large: at most 999999999.99"),
                prospects("no currency code", "id,name,currency\r\n1,A,EURO\r\n")
                        .at(2, "currency", "\"EURO\" is not a currency code"),
                prospects("a gut feeling of 6", "id,name,gut_feeling\r\n1,A,6\r\n")
                        .at(2, "gut_feeling", "must be from 1 to 5"),
                prospects("half a gut feeling", "id,name,gut_feeling\r\n1,A,3.5\r\n")
                        .at(2, "gut_feeling", "\"3.5\" is not a whole number"),
                // events' values
                events("an unknown prospect", "prospect_id,date,type,note\r\n9,2026-01-01,NOTE,hi\r\n")
                        .at(2, "prospect_id", "prospects.csv has no prospect with the ID \"9\"."),
                events("no prospect", "prospect_id,date,type,note\r\n,2026-01-01,NOTE,hi\r\n")
                        .at(2, "prospect_id", "Prospect is required."),
                event("an unknown type", "1,2026-01-01,CALL,,,,,,,,,hi")
                        .at(2, "type", "\"CALL\" is not one of DISCOUNT, SCOPE, FOLLOW_UP, NOTE"),
                event("no type", "1,2026-01-01,,,,,,,,,,hi").at(2, "type", "Type is required."),
                event("no date", "1,,NOTE,,,,,,,,,hi").at(2, "date", "Date is required."),
                event("a month 13", "1,2026-13-01,NOTE,,,,,,,,,hi").at(2, "date", "\"2026-13-01\" is not a date"),
                event("a percentage of 0", "1,2026-01-01,DISCOUNT,,HELD,,0,,,,,")
                        .at(2, "asked_percent", "Discount asked (%) must be more than 0 and at most 100."),
                event("a percentage of 150", "1,2026-01-01,DISCOUNT,,HELD,,150,,,,,")
                        .at(2, "asked_percent", "must be more than 0 and at most 100"),
                event("a percentage with three decimals", "1,2026-01-01,DISCOUNT,,HELD,,12.345,,,,,")
                        .at(2, "asked_percent", "at most 2 decimal places"),
                event("an amount asked of 0", "1,2026-01-01,DISCOUNT,,HELD,,,0,,,,")
                        .at(2, "asked_amount", "must be more than 0"),
                event("a negative concession", "1,2026-01-01,DISCOUNT,,CONCEDED,,,,-5,,,")
                        .at(2, "conceded_amount", "cannot be negative"),
                event("held but conceded", "1,2026-01-01,DISCOUNT,,HELD,,10,,50,,,")
                        .at(2, "conceded_amount", "must be empty or 0 when you held your price"),
                event("a discount without a response", "1,2026-01-01,DISCOUNT,,,,10,,,,,")
                        .at(2, "response", "What I did is required."),
                event("an unknown response", "1,2026-01-01,DISCOUNT,,REFUSED,,10,,,,,")
                        .at(2, "response", "\"REFUSED\" is not one of HELD, TRADED, CONCEDED"),
                event("declining my own offer", "1,2026-01-01,SCOPE,ME,HELD,,,,,,,")
                        .at(2, "response", "extra work you offered yourself cannot be declined"),
                event("a discount I asked for", "1,2026-01-01,DISCOUNT,ME,HELD,,10,,,,,")
                        .at(2, "initiator", "a discount is always asked for by them"),
                event("traded for something while holding", "1,2026-01-01,SCOPE,THEM,HELD,,,,,,a beer,")
                        .at(2, "traded_for", "Traded for is only for requests you traded."),
                event("a note without text", "1,2026-01-01,NOTE,,,,,,,,,").at(2, "note", "Note is required."),
                event("a note of spaces", "1,2026-01-01,NOTE,,,,,,,,,   ").at(2, "note", "Note is required."),
                event("a reply to a discount", "1,2026-01-01,DISCOUNT,,HELD,NONE,10,,,,,")
                        .at(2, "reply", "Their reply does not apply to a DISCOUNT event; leave it empty."),
                event("a value of a note", "1,2026-01-01,NOTE,,,,,,,100,,hi")
                        .at(2, "value", "does not apply to a NOTE event"),
                event("a response to a follow-up", "1,2026-01-01,FOLLOW_UP,,HELD,NONE,,,,,,")
                        .at(2, "response", "does not apply to a FOLLOW_UP event"),
                event("a percentage of a scope request", "1,2026-01-01,SCOPE,THEM,HELD,,10,,,,,")
                        .at(2, "asked_percent", "does not apply to a SCOPE event"),
                event("an unknown reply", "1,2026-01-01,FOLLOW_UP,,,MAYBE,,,,,,")
                        .at(2, "reply", "\"MAYBE\" is not one of NONE, PUT_OFF, ANSWERED"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void theProblemNamesFileLineAndColumn(Case broken) throws IOException {
        if (broken.prospects() != null) {
            Files.write(folder.resolve(P), broken.prospects());
        }
        if (broken.events() != null) {
            Files.write(folder.resolve(E), broken.events());
        }

        ImportResult result = new CsvExchange(new Messages(Locale.ENGLISH)).read(folder, Currency.getInstance("EUR"));

        assertThat(result.ok()).isFalse();
        assertThat(result.content()).isNull();
        assertThat(result.problems()).anySatisfy(problem -> {
            assertThat(problem.file()).isEqualTo(broken.file());
            assertThat(problem.line()).isEqualTo(broken.line());
            assertThat(problem.column()).isEqualTo(broken.column());
            assertThat(problem.message()).contains(broken.fragment());
        });
        assertThat(result.problems()).allSatisfy(problem -> assertThat(problem.message()).doesNotContain("{"));
        assertThat(result.problemCount()).as(result.problems().toString()).isEqualTo(broken.count());
    }

    private static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] latin1(String text) {
        return text.getBytes(StandardCharsets.ISO_8859_1);
    }

    /** The start of a PNG picture: its signature and header chunk, then zero bytes. */
    private static byte[] png() {
        byte[] png = new byte[200];
        byte[] start = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 0x0D, 'I', 'H', 'D', 'R'};
        System.arraycopy(start, 0, png, 0, start.length);
        return png;
    }

    private static byte[] randomBytes() {
        byte[] bytes = new byte[4000];
        new Random(42).nextBytes(bytes);
        return bytes;
    }
}
