package com.dealjournal.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.dealjournal.testing.JournalFiles;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Malformed imports, through the command a user runs: each is refused with exit 1, a message naming the
 * file, the line (as a spreadsheet counts it) and the column, and the journal left byte for byte as it was.
 */
class MalformedImportTest {

    private static final String P = "id,name,company,contact,source,first_contact,status,closed_on,currency,"
            + "list_price,walk_away_price,final_price,gut_feeling,notes\r\n";
    private static final String E = "prospect_id,date,type,initiator,response,reply,asked_percent,asked_amount,"
            + "conceded_amount,value,traded_for,note\r\n";
    /** Two valid prospects. */
    private static final String PROSPECTS = P
            + "p1,Anna Schmidt,Nordlicht,,,2026-01-05,OPEN,,EUR,4800.00,4000.00,,4,\r\n"
            + "p2,Bernd Weber,,,,2026-02-01,WON,2026-03-01,EUR,1000.00,,950.00,,\r\n";
    /** Two valid events. */
    private static final String EVENTS = E
            + "p1,2026-01-10,DISCOUNT,,HELD,,10,,,,,\r\n"
            + "p2,2026-02-10,FOLLOW_UP,,,ANSWERED,,,,,,\r\n";

    @TempDir
    Path dir;

    /** A case: the two files' bytes, and what the message must name. */
    record Case(String name, byte[] prospects, byte[] events, String expected) {
        @Override
        public String toString() {
            return name;
        }
    }

    private static Case prospects(String name, String text, String expected) {
        return new Case(name, utf8(text), utf8(EVENTS), expected);
    }

    private static Case events(String name, String text, String expected) {
        return new Case(name, utf8(PROSPECTS), utf8(text), expected);
    }

    /** A prospects.csv with one extra third row. */
    private static Case prospectRow(String name, String row, String column) {
        return prospects(name, PROSPECTS + row + "\r\n", "prospects.csv, line 4, column " + column + ":");
    }

    /** An events.csv with one extra third row. */
    private static Case eventRow(String name, String row, String column) {
        return events(name, EVENTS + row + "\r\n", "events.csv, line 4, column " + column + ":");
    }

    private static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    static Stream<Arguments> cases() {
        byte[] binary = new byte[4096];
        new java.util.Random(1).nextBytes(binary);
        byte[] badUtf8 = concat(utf8(P + "p1,M"), new byte[] {(byte) 0xC3, (byte) 0x28, (byte) 0xFF},
                utf8("ller,,,,,OPEN,,EUR,,,,,\r\n"));
        StringBuilder wide = new StringBuilder("id,name");
        for (int i = 0; i < 10_000; i++) {
            wide.append(",extra").append(i);
        }
        return Stream.of(
                // the shape of the files
                prospects("missing header", "p1,Anna\r\n", "prospects.csv, line 1"),
                prospects("missing required column name", "id,company\r\np1,Nordlicht\r\n",
                        "prospects.csv, line 1, column name:"),
                events("missing required column type", "prospect_id,date\r\np1,2026-01-10\r\n",
                        "events.csv, line 1, column type:"),
                events("missing required column prospect_id", "date,type,note\r\n2026-01-10,NOTE,x\r\n",
                        "events.csv, line 1, column prospect_id:"),
                prospects("unknown column", "id,name,colour\r\np1,Anna,blue\r\n",
                        "prospects.csv, line 1, column colour:"),
                prospects("duplicate column", "id,name,name\r\np1,Anna,Anna\r\n", "prospects.csv, line 1, column name:"),
                prospects("empty file", "", "prospects.csv, line 1"),
                new Case("events.csv empty", utf8(PROSPECTS), new byte[0], "events.csv, line 1"),
                new Case("binary file", binary, utf8(EVENTS), "prospects.csv, line 1"),
                prospects("10,000 columns", wide + "\r\np1,Anna\r\n", "prospects.csv, line 1, column extra0:"),
                prospects("a row with more values than the header", PROSPECTS + "p3,Carla,,,,,,,,,,,,,surplus\r\n",
                        "prospects.csv, line 4"),
                prospects("unterminated quote", PROSPECTS + "p3,\"Carla,,,,,,,,,,,,\r\n", "prospects.csv, line 4"),
                new Case("invalid UTF-8 bytes", badUtf8, utf8(E), "prospects.csv, line 2, column name:"),
                prospects("a 1 MB field", PROSPECTS + "p3,Carla,,,,,OPEN,,EUR,,,,,\"" + "x".repeat(1 << 20) + "\"\r\n",
                        "prospects.csv, line 4, column notes:"),
                prospects("error after a record with a line break is counted as a spreadsheet counts",
                        P + "p1,Anna,,,,,OPEN,,EUR,,,,,\"two\r\nlines\"\r\np2,Bernd,,,,,OPEN,,EUR,-1,,,,\r\n",
                        "prospects.csv, line 3, column list_price:"),
                // prospects
                prospectRow("duplicate id", "p1,Carla,,,,,OPEN,,EUR,,,,,", "id"),
                prospectRow("name empty", "p3,,,,,,OPEN,,EUR,,,,,", "name"),
                prospectRow("name with a line break", "p3,\"Carla\nDiaz\",,,,,OPEN,,EUR,,,,,", "name"),
                prospectRow("bad date 2026-02-30", "p3,Carla,,,,2026-02-30,OPEN,,EUR,,,,,", "first_contact"),
                prospectRow("date not ISO", "p3,Carla,,,,30.01.2026,OPEN,,EUR,,,,,", "first_contact"),
                prospectRow("unknown status", "p3,Carla,,,,,MAYBE,,EUR,,,,,", "status"),
                prospectRow("closed status without closed_on", "p3,Carla,,,,,LOST,,EUR,,,,,", "closed_on"),
                prospectRow("closed_on while open", "p3,Carla,,,,,OPEN,2026-03-01,EUR,,,,,", "closed_on"),
                prospectRow("final_price on a LOST prospect", "p3,Carla,,,,,LOST,2026-03-01,EUR,100,,90,,",
                        "final_price"),
                prospectRow("unknown currency", "p3,Carla,,,,,OPEN,,EURO,,,,,", "currency"),
                prospectRow("negative amount", "p3,Carla,,,,,OPEN,,EUR,-5,,,,", "list_price"),
                prospectRow("non-numeric amount", "p3,Carla,,,,,OPEN,,EUR,lots,,,,", "list_price"),
                prospectRow("amount with a comma decimal separator", "p3,Carla,,,,,OPEN,,EUR,\"12,50\",,,,",
                        "list_price"),
                prospectRow("amount with thousands separators", "p3,Carla,,,,,OPEN,,EUR,\"1,250.00\",,,,", "list_price"),
                prospectRow("amount with three decimals", "p3,Carla,,,,,OPEN,,EUR,10.001,,,,", "list_price"),
                prospectRow("amount too large", "p3,Carla,,,,,OPEN,,EUR,1000000000,,,,", "list_price"),
                prospectRow("gut feeling 7", "p3,Carla,,,,,OPEN,,EUR,,,,7,", "gut_feeling"),
                prospectRow("gut feeling not a number", "p3,Carla,,,,,OPEN,,EUR,,,,good,", "gut_feeling"),
                // events
                eventRow("unknown prospect_id", "p9,2026-01-10,NOTE,,,,,,,,,hello", "prospect_id"),
                eventRow("unknown type", "p1,2026-01-10,CALL,,,,,,,,,", "type"),
                eventRow("bad date 2026-02-30", "p1,2026-02-30,NOTE,,,,,,,,,hello", "date"),
                eventRow("date missing", "p1,,NOTE,,,,,,,,,hello", "date"),
                eventRow("date before 1900", "p1,1899-12-31,NOTE,,,,,,,,,hello", "date"),
                eventRow("percent 0", "p1,2026-01-10,DISCOUNT,,HELD,,0,,,,,", "asked_percent"),
                eventRow("percent 150", "p1,2026-01-10,DISCOUNT,,HELD,,150,,,,,", "asked_percent"),
                eventRow("asked amount 0", "p1,2026-01-10,DISCOUNT,,HELD,,,0,,,,", "asked_amount"),
                eventRow("non-numeric asked amount", "p1,2026-01-10,DISCOUNT,,HELD,,,ten,,,,", "asked_amount"),
                eventRow("negative conceded amount", "p1,2026-01-10,DISCOUNT,,CONCEDED,,,,-5,,,", "conceded_amount"),
                eventRow("HELD with a conceded amount", "p1,2026-01-10,DISCOUNT,,HELD,,,,100,,,", "conceded_amount"),
                eventRow("discount without a response", "p1,2026-01-10,DISCOUNT,,,,10,,,,,", "response"),
                eventRow("unknown response", "p1,2026-01-10,DISCOUNT,,MAYBE,,10,,,,,", "response"),
                eventRow("discount brought up by me", "p1,2026-01-10,DISCOUNT,ME,HELD,,10,,,,,", "initiator"),
                eventRow("reply on a discount", "p1,2026-01-10,DISCOUNT,,HELD,ANSWERED,10,,,,,", "reply"),
                eventRow("traded_for when held", "p1,2026-01-10,DISCOUNT,,HELD,,10,,,,prepayment,", "traded_for"),
                eventRow("ME with HELD", "p1,2026-01-10,SCOPE,ME,HELD,,,,,,,", "response"),
                eventRow("negative scope value", "p1,2026-01-10,SCOPE,THEM,CONCEDED,,,,,-1,,", "value"),
                eventRow("unknown initiator", "p1,2026-01-10,SCOPE,BOSS,HELD,,,,,,,", "initiator"),
                eventRow("unknown reply", "p1,2026-01-10,FOLLOW_UP,,,LATER,,,,,,", "reply"),
                eventRow("a response on a follow-up", "p1,2026-01-10,FOLLOW_UP,,HELD,NONE,,,,,,", "response"),
                eventRow("a NOTE with no text", "p1,2026-01-10,NOTE,,,,,,,,,", "note"),
                eventRow("a value on a NOTE", "p1,2026-01-10,NOTE,,,,,,,5,,hello", "value")
        ).map(Arguments::of);
    }

    private static byte[] concat(byte[]... parts) {
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        for (byte[] part : parts) {
            out.writeBytes(part);
        }
        return out.toByteArray();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void isRefusedNamingFileLineAndColumnAndTheJournalStaysByteIdentical(Case c) throws Exception {
        Path journal = JournalFiles.sampleJournal(dir.resolve("journal.db"));
        byte[] before = Files.readAllBytes(journal);
        Path source = Files.createDirectory(dir.resolve("import"));
        Files.write(source.resolve("prospects.csv"), c.prospects());
        Files.write(source.resolve("events.csv"), c.events());
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();

        int exit = Cli.run(new String[] {"import", "--db", journal.toString(), source.toString()},
                new Cli.Context(new JournalLocation(Map.of(), "Linux", dir.resolve("home")), j -> 0,
                        new PrintWriter(out, true), new PrintWriter(err, true)));

        String errors = err.toString();
        assertThat(exit).as(errors).isEqualTo(Cli.BAD_DATA);
        assertThat(errors.lines().findFirst().orElse("")).as(errors.lines().limit(5).toList().toString())
                .startsWith(c.expected());
        assertThat(errors.lines().toList()).as("at most 50 problems, a count of the rest, and one summary")
                .hasSizeLessThanOrEqualTo(52).last().asString().contains("nothing was imported");
        assertThat(out.toString()).isEmpty();
        assertThat(Files.readAllBytes(journal)).isEqualTo(before);
        try (Stream<Path> files = Files.list(dir)) {
            assertThat(files.map(f -> f.getFileName().toString()).sorted())
                    .containsExactly("import", "journal.db");
        }
    }
}
