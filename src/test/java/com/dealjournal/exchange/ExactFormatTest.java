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

/** The exact text each format writes for a small journal, written out by hand from the format's description. */
class ExactFormatTest {

    private static final Currency EUR = Currency.getInstance("EUR");
    private static final Currency CHF = Currency.getInstance("CHF");

    @TempDir
    Path folder;

    private final Messages messages = new Messages(Locale.ENGLISH);

    /** Journal ids, amounts with any scale, a percentage with trailing zeros: as the store hands them over. */
    static JournalContent journal() {
        Prospect nordlicht = new Prospect(12, "Nordlicht GmbH, Berlin", "Nordlicht", "anna@nordlicht.example",
                "=referral", LocalDate.of(2026, 9, 14), ProspectStatus.WON, LocalDate.of(2026, 10, 30), CHF,
                new BigDecimal("4800"), new BigDecimal("4200.5"), new BigDecimal("4500.00"), 4,
                "Said \"yes\"\nfinally");
        List<Event> nordlichtEvents = List.of(
                new Event.Discount(1, 12, LocalDate.of(2026, 10, 2), new BigDecimal("15.00"), null, Response.TRADED,
                        new BigDecimal("300"), "prepayment", null),
                new Event.Scope(2, 12, LocalDate.of(2026, 10, 9), Initiator.THEM, Response.HELD,
                        new BigDecimal("900"), null, "newsletter"),
                new Event.FollowUp(3, 12, LocalDate.of(2026, 10, 20), Reply.PUT_OFF, null),
                new Event.Note(4, 12, LocalDate.of(2026, 10, 21), "-call back"),
                new Event.Discount(5, 12, LocalDate.of(2026, 10, 22), new BigDecimal("12.50"), new BigDecimal("250.5"),
                        Response.HELD, BigDecimal.ZERO, null, null));
        Prospect zoe = new Prospect(13, "Zoë", null, null, null, null, ProspectStatus.OPEN, null, EUR,
                null, null, null, null, null);
        List<Event> zoeEvents = List.of(
                new Event.Scope(6, 13, LocalDate.of(2026, 11, 2), Initiator.ME, Response.CONCEDED, null, null, null),
                new Event.FollowUp(7, 13, LocalDate.of(2026, 11, 3), Reply.NONE, null));
        return new JournalContent(EUR, List.of(new JournalContent.Entry("12", nordlicht, nordlichtEvents),
                new JournalContent.Entry("13", zoe, zoeEvents)));
    }

    @Test
    void csvFilesHoldExactlyThisText() throws IOException {
        new CsvExchange(messages).write(journal(), folder, false);

        assertThat(text(folder.resolve(CsvExchange.PROSPECTS_FILE))).isEqualTo(""
                + "id,name,company,contact,source,first_contact,status,closed_on,currency,list_price,walk_away_price,"
                + "final_price,gut_feeling,notes\r\n"
                + "12,\"Nordlicht GmbH, Berlin\",Nordlicht,anna@nordlicht.example,'=referral,2026-09-14,WON,"
                + "2026-10-30,CHF,4800.00,4200.50,4500.00,4,\"Said \"\"yes\"\"\nfinally\"\r\n"
                + "13,Zoë,,,,,OPEN,,EUR,,,,,\r\n");
        assertThat(text(folder.resolve(CsvExchange.EVENTS_FILE))).isEqualTo(""
                + "prospect_id,date,type,initiator,response,reply,asked_percent,asked_amount,conceded_amount,value,"
                + "traded_for,note\r\n"
                + "12,2026-10-02,DISCOUNT,,TRADED,,15,,300.00,,prepayment,\r\n"
                + "12,2026-10-09,SCOPE,THEM,HELD,,,,,900.00,,newsletter\r\n"
                + "12,2026-10-20,FOLLOW_UP,,,PUT_OFF,,,,,,\r\n"
                + "12,2026-10-21,NOTE,,,,,,,,,'-call back\r\n"
                + "12,2026-10-22,DISCOUNT,,HELD,,12.5,250.50,0.00,,,\r\n"
                + "13,2026-11-02,SCOPE,ME,CONCEDED,,,,,,,\r\n"
                + "13,2026-11-03,FOLLOW_UP,,,NONE,,,,,,\r\n");
    }

    @Test
    void jsonFileHoldsExactlyThisText() throws IOException {
        Path file = folder.resolve("journal.json");
        new JsonExchange(messages).write(journal(), file, false);

        String nulls = """
                          "askedPercent": null,
                          "askedAmount": null,
                          "concededAmount": null,
                          "value": null,
                          "tradedFor": null,
                """;
        assertThat(text(file)).isEqualTo("""
                {
                  "format": "deal-journal",
                  "version": 1,
                  "defaultCurrency": "EUR",
                  "prospects": [
                    {
                      "id": "12",
                      "name": "Nordlicht GmbH, Berlin",
                      "company": "Nordlicht",
                      "contact": "anna@nordlicht.example",
                      "source": "=referral",
                      "firstContact": "2026-09-14",
                      "status": "WON",
                      "closedOn": "2026-10-30",
                      "currency": "CHF",
                      "listPrice": 4800.00,
                      "walkAwayPrice": 4200.50,
                      "finalPrice": 4500.00,
                      "gutFeeling": 4,
                      "notes": "Said \\"yes\\"\\nfinally",
                      "events": [
                        {
                          "date": "2026-10-02",
                          "type": "DISCOUNT",
                          "initiator": null,
                          "response": "TRADED",
                          "reply": null,
                          "askedPercent": 15,
                          "askedAmount": null,
                          "concededAmount": 300.00,
                          "value": null,
                          "tradedFor": "prepayment",
                          "note": null
                        },
                        {
                          "date": "2026-10-09",
                          "type": "SCOPE",
                          "initiator": "THEM",
                          "response": "HELD",
                          "reply": null,
                          "askedPercent": null,
                          "askedAmount": null,
                          "concededAmount": null,
                          "value": 900.00,
                          "tradedFor": null,
                          "note": "newsletter"
                        },
                        {
                          "date": "2026-10-20",
                          "type": "FOLLOW_UP",
                          "initiator": null,
                          "response": null,
                          "reply": "PUT_OFF",
                %s          "note": null
                        },
                        {
                          "date": "2026-10-21",
                          "type": "NOTE",
                          "initiator": null,
                          "response": null,
                          "reply": null,
                %s          "note": "-call back"
                        },
                        {
                          "date": "2026-10-22",
                          "type": "DISCOUNT",
                          "initiator": null,
                          "response": "HELD",
                          "reply": null,
                          "askedPercent": 12.5,
                          "askedAmount": 250.50,
                          "concededAmount": 0.00,
                          "value": null,
                          "tradedFor": null,
                          "note": null
                        }
                      ]
                    },
                    {
                      "id": "13",
                      "name": "Zoë",
                      "company": null,
                      "contact": null,
                      "source": null,
                      "firstContact": null,
                      "status": "OPEN",
                      "closedOn": null,
                      "currency": "EUR",
                      "listPrice": null,
                      "walkAwayPrice": null,
                      "finalPrice": null,
                      "gutFeeling": null,
                      "notes": null,
                      "events": [
                        {
                          "date": "2026-11-02",
                          "type": "SCOPE",
                          "initiator": "ME",
                          "response": "CONCEDED",
                          "reply": null,
                %s          "note": null
                        },
                        {
                          "date": "2026-11-03",
                          "type": "FOLLOW_UP",
                          "initiator": null,
                          "response": null,
                          "reply": "NONE",
                %s          "note": null
                        }
                      ]
                    }
                  ]
                }
                """.formatted(nulls, nulls, nulls, nulls));
    }

    @Test
    void anEmptyJournalIsAHeaderEachAndAnEmptyList() throws IOException {
        JournalContent empty = new JournalContent(CHF, List.of());
        new CsvExchange(messages).write(empty, folder, false);
        new JsonExchange(messages).write(empty, folder.resolve("empty.json"), false);

        assertThat(text(folder.resolve(CsvExchange.PROSPECTS_FILE))).isEqualTo("id,name,company,contact,"
                + "source,first_contact,status,closed_on,currency,list_price,walk_away_price,final_price,gut_feeling,"
                + "notes\r\n");
        assertThat(text(folder.resolve(CsvExchange.EVENTS_FILE))).isEqualTo("prospect_id,date,type,"
                + "initiator,response,reply,asked_percent,asked_amount,conceded_amount,value,traded_for,note\r\n");
        assertThat(text(folder.resolve("empty.json"))).isEqualTo("""
                {
                  "format": "deal-journal",
                  "version": 1,
                  "defaultCurrency": "CHF",
                  "prospects": []
                }
                """);
    }

    /** The file's bytes as UTF-8: a byte-order mark or a byte that is not UTF-8 would show in the comparison. */
    private static String text(Path file) throws IOException {
        return new String(Files.readAllBytes(file), StandardCharsets.UTF_8);
    }
}
