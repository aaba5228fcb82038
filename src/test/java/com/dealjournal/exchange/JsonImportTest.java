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
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Reading the JSON format: what it accepts, and the line and path of each problem it finds. */
class JsonImportTest {

    private static final Currency EUR = Currency.getInstance("EUR");
    private static final Currency CHF = Currency.getInstance("CHF");
    private static final String HEAD = "{\n  \"format\": \"deal-journal\",\n  \"version\": 1,\n";

    @TempDir
    Path folder;

    private final JsonExchange json = new JsonExchange(new Messages(Locale.ENGLISH));

    private ImportResult read(String text) throws IOException {
        return read(text.getBytes(StandardCharsets.UTF_8));
    }

    private ImportResult read(byte[] bytes) throws IOException {
        Path file = folder.resolve("journal.json");
        Files.write(file, bytes);
        return json.read(file, EUR);
    }

    static Stream<Arguments> broken() {
        return Stream.of(
                Arguments.of("an empty file", "", 1, null, "The file is empty."),
                Arguments.of("a missing colon", "{\n  \"format\"\n  \"deal-journal\"\n}\n", 3, null,
                        "This is not valid JSON: Unexpected character"),
                Arguments.of("a cut-off file", HEAD + "  \"prospects\": [\n    {\"id\": 1,\n", 6, null,
                        "The file ends in the middle of the JSON text"),
                Arguments.of("cut off inside a text", "{\n  \"format\": \"deal-jou", 2, null,
                        "The file ends in the middle of the JSON text"),
                Arguments.of("a list instead of an object", "\n[1, 2]\n", 2, null,
                        "The file must hold one JSON object"),
                Arguments.of("two documents", "{\"format\": \"deal-journal\", \"version\": 1}\n\n{}\n", 3, null,
                        "There is more text after the end of the JSON object."),
                Arguments.of("text after the object", "{\"format\": \"deal-journal\", \"version\": 1}\nx\n", 2, null,
                        "This is not valid JSON"),
                Arguments.of("no format", "{\"version\": 1, \"prospects\": []}", 0, null,
                        "This is not a Deal Journal file"),
                Arguments.of("another format", "{\"format\": \"vcard\", \"version\": 1, \"name\": 3}", 0, null,
                        "This is not a Deal Journal file"),
                Arguments.of("version 2", "{\"format\": \"deal-journal\",\n\"version\": 2}", 2, null,
                        "This file has version 2 of the Deal Journal format"),
                Arguments.of("version as text", "{\"format\": \"deal-journal\",\n\n\"version\": \"1\"}", 3, null,
                        "This file has version \"1\""),
                Arguments.of("no version", "{\"format\": \"deal-journal\"}", 0, null, "\"version\": 1 is missing"),
                Arguments.of("an unknown key", HEAD + "  \"owner\": \"me\"\n}", 4, "owner",
                        "There is no key \"owner\" here. The keys are: format, version, defaultCurrency, prospects."),
                Arguments.of("a key twice", HEAD + "  \"prospects\": [],\n  \"prospects\": []\n}", 5, "prospects",
                        "The key \"prospects\" appears twice"),
                Arguments.of("prospects not a list", HEAD + "  \"prospects\": {}\n}", 4, "prospects",
                        "must be a list in square brackets"),
                Arguments.of("a prospect not an object", HEAD + "  \"prospects\": [\n    \"Acme\"\n  ]\n}", 5,
                        "prospects[0]", "must be an object in curly braces"),
                Arguments.of("an unknown prospect key", prospect("\"id\": 1, \"name\": \"A\",\n      \"nmae\": \"B\""),
                        7, "prospects[0].nmae", "There is no key \"nmae\" here. The keys are: id, name, company,"),
                Arguments.of("a name that is a number", prospect("\"id\": 1,\n      \"name\": 42"), 7,
                        "prospects[0].name", "The value must be a text in double quotes, or null."),
                Arguments.of("an id that is an object", prospect("\"id\": {\"n\": 1},\n \"name\": \"A\""), 6,
                        "prospects[0].id", "The value must be a text or a number."),
                // a missing key is reported at the line where its object starts
                Arguments.of("no id", prospect("\"name\": \"A\""), 5, "prospects[0].id", "ID is required."),
                Arguments.of("an id twice, once as a number",
                        HEAD + "  \"prospects\": [\n    {\"id\": 7, \"name\": \"A\"},\n    {\"id\": \"7\", \"name\": \"B\"}\n"
                                + "  ]\n}", 6, "prospects[1].id", "\"7\" is already the ID of the prospect in line 5"),
                Arguments.of("a price that is true", prospect("\"id\": 1, \"name\": \"A\",\n\n \"listPrice\": true"), 8,
                        "prospects[0].listPrice", "must be a number, a text holding a number, or null"),
                Arguments.of("a decimal comma in a text", prospect("\"id\": 1, \"name\": \"A\",\n \"listPrice\": \"12,50\""),
                        7, "prospects[0].listPrice", "\"12,50\" is not a number"),
                Arguments.of("an absurd exponent", prospect("\"id\": 1, \"name\": \"A\",\n \"listPrice\": 1e999999999"), 7,
                        "prospects[0].listPrice", "\"1e999999999\" is not a number"),
                Arguments.of("a lost deal without its date",
                        prospect("\"id\": 1,\n \"name\": \"A\",\n \"status\": \"LOST\""), 5, "prospects[0].closedOn",
                        "Closed on is required for a closed deal"),
                Arguments.of("a percentage of 150", events("{\"date\": \"2026-01-01\", \"type\": \"DISCOUNT\",\n"
                                + "  \"response\": \"HELD\",\n  \"askedPercent\": 150}"), 10,
                        "prospects[0].events[0].askedPercent", "must be more than 0 and at most 100"),
                Arguments.of("a note without text", events("{\"date\": \"2026-01-01\", \"type\": \"NOTE\", \"note\": \"x\"},\n"
                                + "        {\"date\": \"2026-01-02\", \"type\": \"NOTE\"}"), 9, "prospects[0].events[1].note",
                        "Note is required."),
                Arguments.of("a reply to a discount", events("{\"date\": \"2026-01-01\", \"type\": \"discount\",\n"
                                + "  \"response\": \"HELD\", \"reply\": \"NONE\"}"), 9, "prospects[0].events[0].reply",
                        "Their reply does not apply to a DISCOUNT event"),
                Arguments.of("a prospect id in an event", events("{\"date\": \"2026-01-01\", \"type\": \"NOTE\",\n"
                                + "  \"note\": \"x\", \"prospectId\": 1}"), 9, "prospects[0].events[0].prospectId",
                        "There is no key \"prospectId\" here. The keys are: date, type, initiator,"),
                Arguments.of("events not a list", prospect("\"id\": 1, \"name\": \"A\",\n \"events\": \"none\""), 7,
                        "prospects[0].events", "must be a list in square brackets"),
                Arguments.of("a default currency that is none", HEAD + "  \"defaultCurrency\": \"EURO\"\n}", 4,
                        "defaultCurrency", "\"EURO\" is not a currency code"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("broken")
    void theProblemNamesLineAndPath(String name, String text, long line, String path, String fragment)
            throws IOException {
        ImportResult result = read(text);

        assertThat(result.content()).isNull();
        assertThat(result.problems()).hasSize(1);
        ImportProblem problem = result.problems().getFirst();
        assertThat(problem.file()).isEqualTo("journal.json");
        assertThat(problem.line()).as(problem.describe()).isEqualTo(line);
        assertThat(problem.column()).as(problem.describe()).isEqualTo(path);
        assertThat(problem.message()).contains(fragment);
    }

    @Test
    void bytesThatAreNotUtf8AreOneProblemWithTheirLine() throws IOException {
        byte[] text = (HEAD + "  \"prospects\": [{\"id\": 1, \"name\": \"Caf\u00e9\"}]\n}").getBytes(StandardCharsets.ISO_8859_1);

        ImportResult result = read(text);

        assertThat(result.problems()).singleElement().satisfies(problem -> {
            assertThat(problem.line()).isEqualTo(4);
            assertThat(problem.message()).startsWith("This is not valid JSON: Invalid UTF-8");
        });
    }

    @Test
    void aMissingFileIsOneProblem() {
        ImportResult result = json.read(folder.resolve("nowhere.json"), EUR);

        assertThat(result.problems()).extracting(ImportProblem::describe)
                .containsExactly("nowhere.json: The file does not exist.");
    }

    @Test
    void problemsOfDifferentPlacesAreAllListedInLineOrder() throws IOException {
        ImportResult result = read(HEAD + """
                  "prospects": [
                    {"id": 1, "name": "A", "gutFeeling": 9,
                     "events": [{"date": "2026-02-30", "type": "NOTE", "note": "x"}]},
                    {"id": 2, "name": "", "unknown": 1}
                  ]
                }
                """);

        assertThat(result.problems()).extracting(ImportProblem::describe).containsExactly(
                "journal.json, line 5, column prospects[0].gutFeeling: Gut feeling must be from 1 to 5.",
                "journal.json, line 6, column prospects[0].events[0].date: Date: \"2026-02-30\" is not a date. "
                        + "Write it as YYYY-MM-DD, for example 2026-03-31.",
                "journal.json, line 7, column prospects[1].unknown: There is no key \"unknown\" here. The keys are: "
                        + "id, name, company, contact, source, firstContact, status, closedOn, currency, listPrice, "
                        + "walkAwayPrice, finalPrice, gutFeeling, notes, events.",
                "journal.json, line 7, column prospects[1].name: Name is required.");
    }

    @Test
    void idsMayBeNumbersAmountsTextAndMissingKeysOrNullAreEmpty() throws IOException {
        ImportResult result = read(HEAD + """
                  "prospects": [
                    {"id": 7, "name": "Acme", "company": null, "listPrice": "1250.50", "walkAwayPrice": 1000,
                     "finalPrice": 1.2E3, "status": "won", "closedOn": "2026-03-01", "gutFeeling": "4",
                     "events": [
                       {"date": "2026-03-02", "type": "DISCOUNT", "response": "traded", "askedPercent": 12.50,
                        "concededAmount": "100", "tradedFor": "prepayment", "initiator": "THEM", "note": ""},
                       {"date": "2026-03-01", "type": "NOTE", "note": "first"}
                     ]}
                  ]
                }
                """);

        assertThat(result.problems()).isEmpty();
        assertThat(result.content()).isEqualTo(new JournalContent(EUR, List.of(new JournalContent.Entry("7",
                new Prospect(0, "Acme", null, null, null, null, ProspectStatus.WON, LocalDate.of(2026, 3, 1), EUR,
                        new BigDecimal("1250.50"), new BigDecimal("1000"), new BigDecimal("1200"), 4, null),
                List.of(new Event.Note(0, 0, LocalDate.of(2026, 3, 1), "first"),
                        new Event.Discount(0, 0, LocalDate.of(2026, 3, 2), new BigDecimal("12.50"), null,
                                Response.TRADED, new BigDecimal("100"), "prepayment", null))))));
    }

    @Test
    void theDocumentsDefaultCurrencyIsThatOfProspectsWithoutOneWhereverItStands() throws IOException {
        ImportResult result = read(HEAD + """
                  "prospects": [
                    {"id": "a", "name": "No currency"},
                    {"id": "b", "name": "Own currency", "currency": "usd"}
                  ],
                  "defaultCurrency": "CHF"
                }
                """);

        assertThat(result.content().defaultCurrency()).isEqualTo(CHF);
        assertThat(result.content().prospects()).extracting(entry -> entry.prospect().currency())
                .containsExactly(CHF, Currency.getInstance("USD"));
    }

    @Test
    void withoutADefaultCurrencyTheOneGivenIsUsed() throws IOException {
        ImportResult result = read(HEAD + "  \"prospects\": [{\"id\": \"a\", \"name\": \"A\"}]\n}");

        assertThat(result.content().defaultCurrency()).isEqualTo(EUR);
        assertThat(result.content().prospects().getFirst().prospect().currency()).isEqualTo(EUR);
    }

    @Test
    void jsonTextIsNotSpreadsheetEscaped() throws IOException {
        ImportResult result = read(HEAD + "  \"prospects\": [{\"id\": \"'-1\", \"name\": \"'=x\"}]\n}");

        assertThat(result.content().prospects().getFirst().key()).isEqualTo("'-1");
        assertThat(result.content().prospects().getFirst().prospect().name()).isEqualTo("'=x");
    }

    /** A document whose one prospect (from line 5) has these keys, starting on line 6. */
    private static String prospect(String keys) {
        return HEAD + "  \"prospects\": [\n    {\n      " + keys + "\n    }\n  ]\n}\n";
    }

    /** A document whose one prospect's events start on line 9. */
    private static String events(String events) {
        return HEAD + "  \"prospects\": [\n    {\n      \"id\": 1, \"name\": \"A\",\n      \"events\": [\n        "
                + events + "\n      ]\n    }\n  ]\n}\n";
    }
}
