package com.dealjournal.ui.prospects.log;

import static org.assertj.core.api.Assertions.assertThat;

import com.dealjournal.model.Event;
import com.dealjournal.model.Initiator;
import com.dealjournal.model.Reply;
import com.dealjournal.model.Response;
import java.math.BigDecimal;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleButton;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Logging a discount request: Enter alone logs "held my price" today; every bad input is named and saved never. */
class DiscountLogTest extends QuickLogFxTest {

    private CompletableFuture<Optional<Event>> openDiscount(LogDefaults defaults) throws Exception {
        return open(() -> quickLog.discount(owner, prospect, TODAY, defaults));
    }

    @Test
    void enterAloneLogsHeldMyPriceToday() throws Exception {
        CompletableFuture<Optional<Event>> result = openDiscount(LogDefaults.STANDARD);

        assertThat(dialog().getStyleClass()).contains("quick-log", "log-discount");
        assertThat(dialog().getHeaderText()).isEqualTo("Nordlicht GmbH asked for a lower price");
        assertThat(((javafx.stage.Stage) dialog().getScene().getWindow()).getTitle())
                .isEqualTo("Discount request \u2014 Nordlicht GmbH");
        assertThat(input("log-date").getText()).isEqualTo("2026-03-16");
        assertThat(node("log-response-held", ToggleButton.class).isSelected()).isTrue();
        assertThat(dialog().getScene().getFocusOwner()).isSameAs(node("log-response-held", ToggleButton.class));
        assertThat(node("log-conceded-amount", TextField.class).isDisabled()).isTrue();
        assertThat(node("log-traded-for", javafx.scene.Node.class).isDisabled()).isTrue();
        pressEnter();

        assertThat(saved(result)).isEqualTo(
                new Event.Discount(0, PROSPECT_ID, TODAY, null, null, Response.HELD, null, null, null));
    }

    @ParameterizedTest
    @org.junit.jupiter.params.provider.ValueSource(strings = {"log-date", "log-asked-percent", "log-traded-for", "log-note"})
    void escapeCancelsFromEveryField(String field) throws Exception {
        LogDefaults trading = new LogDefaults(Response.TRADED, Initiator.THEM, Response.HELD, Reply.NONE);
        CompletableFuture<Optional<Event>> result = openDiscount(trading);
        retype(field, field.equals("log-date") ? "2026-03-15" : "10");

        pressEscape();

        assertCancelled(result);
    }

    @Test
    void theDefaultsChooseTheResponseAndOnlyItsFieldsAreOpen() throws Exception {
        LogDefaults conceding = new LogDefaults(Response.CONCEDED, Initiator.THEM, Response.HELD, Reply.NONE);
        CompletableFuture<Optional<Event>> result = openDiscount(conceding);

        assertThat(node("log-response-conceded", ToggleButton.class).isSelected()).isTrue();
        assertThat(node("log-conceded-amount", TextField.class).isDisabled()).isFalse();
        assertThat(node("log-traded-for", javafx.scene.Node.class).isDisabled()).isTrue();
        retype("log-asked-percent", "15");
        retype("log-conceded-amount", "720");
        pressEnter();

        assertThat(saved(result)).isEqualTo(new Event.Discount(0, PROSPECT_ID, TODAY, new BigDecimal("15"), null,
                Response.CONCEDED, new BigDecimal("720"), null, null));
    }

    @Test
    void eachResponseHasAMnemonicItsTooltipNames() throws Exception {
        CompletableFuture<Optional<Event>> result = openDiscount(LogDefaults.STANDARD);
        ToggleButton traded = node("log-response-traded", ToggleButton.class);
        assertThat(traded.getTooltip().getText()).isEqualTo("Traded it for something (Alt+T)");
        assertThat(node("log-response-held", ToggleButton.class).getTooltip().getText())
                .isEqualTo("Held my price (Alt+H)");
        assertThat(node("log-response-conceded", ToggleButton.class).getTooltip().getText())
                .isEqualTo("Conceded (Alt+C)");

        pressAlt(KeyCode.T);
        assertThat(traded.isSelected()).isTrue();
        assertThat(node("log-traded-for", javafx.scene.Node.class).isDisabled()).isFalse();
        pressAlt(KeyCode.T);
        assertThat(traded.isSelected()).as("a choice cannot be unselected").isTrue();
        pressAlt(KeyCode.C);
        pressEnter();

        assertThat(((Event.Discount) saved(result)).response()).isEqualTo(Response.CONCEDED);
    }

    @Test
    void arrowKeysAndSpaceChooseTooAndEnterStillSaves() throws Exception {
        CompletableFuture<Optional<Event>> result = openDiscount(LogDefaults.STANDARD);

        type(KeyCode.RIGHT);
        type(KeyCode.SPACE);
        assertThat(node("log-response-traded", ToggleButton.class).isSelected()).isTrue();
        pressEnter();

        assertThat(((Event.Discount) saved(result)).response()).isEqualTo(Response.TRADED);
    }

    @Test
    void aTradeWithWhatIGotInReturnRoundTripsThroughEditing() throws Exception {
        CompletableFuture<Optional<Event>> result = openDiscount(LogDefaults.STANDARD);
        retype("log-asked-amount", "500");
        pressAlt(KeyCode.T);
        retype("log-conceded-amount", "250.50");
        chooseFromList("log-traded-for", "prepayment");
        retype("log-note", "Paid half up front.");
        pressCtrlEnter();
        Event logged = saved(result);
        assertThat(logged).isEqualTo(new Event.Discount(0, PROSPECT_ID, TODAY, null, new BigDecimal("500"),
                Response.TRADED, new BigDecimal("250.50"), "prepayment", "Paid half up front."));

        Event stored = logged.withId(42);
        CompletableFuture<Optional<Event>> edit = open(() -> quickLog.edit(owner, prospect, stored, java.util.List.of(), 2));
        assertThat(node("log-response-traded", ToggleButton.class).isSelected()).isTrue();
        assertThat(input("log-asked-amount").getText()).isEqualTo("500");
        assertThat(input("log-conceded-amount").getText()).isEqualTo("250.50");
        assertThat(input("log-traded-for").getText()).isEqualTo("prepayment");
        assertThat(input("log-note").getText()).isEqualTo("Paid half up front.");
        retype("log-traded-for", "a referral to their sister company");
        interact(() -> node("log-response-traded", ToggleButton.class).requestFocus());
        pressEnter();

        assertThat(saved(edit)).isEqualTo(new Event.Discount(42, PROSPECT_ID, TODAY, null, new BigDecimal("500"),
                Response.TRADED, new BigDecimal("250.50"), "a referral to their sister company", "Paid half up front."));
    }

    @Test
    void valuesOfFieldsThatCloseAgainAreNotSaved() throws Exception {
        CompletableFuture<Optional<Event>> result = openDiscount(LogDefaults.STANDARD);
        pressAlt(KeyCode.T);
        retype("log-conceded-amount", "250");
        retype("log-traded-for", "a referral");

        pressAlt(KeyCode.H);
        assertThat(node("log-conceded-amount", TextField.class).isDisabled()).isTrue();
        assertThat(node("log-traded-for", javafx.scene.Node.class).isDisabled()).isTrue();
        pressEnter();

        assertThat(saved(result)).isEqualTo(
                new Event.Discount(0, PROSPECT_ID, TODAY, null, null, Response.HELD, null, null, null));
    }

    @ParameterizedTest(name = "{0} = \"{1}\"")
    @CsvSource(delimiter = '|', value = {
        "log-asked-percent | 0          | Discount asked (%) must be more than 0 and at most 100.",
        "log-asked-percent | 150        | Discount asked (%) must be more than 0 and at most 100.",
        "log-asked-percent | 12.345     | Discount asked (%) can have at most 2 decimal places.",
        "log-asked-amount  | -5         | Discount asked (amount) cannot be negative.",
        "log-asked-amount  | 0          | Discount asked (amount) must be more than 0.",
        "log-asked-amount  | lots       | Discount asked (amount): \"lots\" is not a number. Use digits and a dot for decimals, without thousands separators, for example 1250.50.",
        "log-asked-amount  | 1,250.00   | Discount asked (amount): \"1,250.00\" is not a number. Use digits and a dot for decimals, without thousands separators, for example 1250.50.",
        "log-date          | 2026-02-30 | Date: \"2026-02-30\" is not a date. Write it as YYYY-MM-DD, for example 2026-03-31.",
        "log-date          | 16.03.2026 | Date: \"16.03.2026\" is not a date. Write it as YYYY-MM-DD, for example 2026-03-31.",
        "log-date          | 1899-12-31 | Date must be between 1900-01-01 and 2999-12-31.",
    })
    void badInputIsNamedUnderItsFieldAndNothingIsSaved(String field, String text, String message) throws Exception {
        CompletableFuture<Optional<Event>> result = openDiscount(LogDefaults.STANDARD);

        retype(field, text);
        type(KeyCode.TAB);

        assertThat(input(field).getText()).as("the field keeps what was typed").isEqualTo(text);
        assertThat(errorUnder(field)).isEqualTo(message);
        assertThat(saveButton().isDisabled()).isTrue();
        pressEnter();
        pressCtrlEnter();
        assertThat(dialogShowing()).as("Enter does not save while something is wrong").isTrue();
        assertThat(result).isNotDone();
        pressEscape();
        assertCancelled(result);
    }

    @Test
    void correctingTheInputClearsTheMessageAndSaves() throws Exception {
        CompletableFuture<Optional<Event>> result = openDiscount(LogDefaults.STANDARD);
        retype("log-asked-percent", "150");
        assertThat(errorUnder("log-asked-percent")).isNotEmpty();

        retype("log-asked-percent", "15");

        assertThat(errorUnder("log-asked-percent")).isEmpty();
        assertThat(saveButton().isDisabled()).isFalse();
        pressEnter();
        assertThat(((Event.Discount) saved(result)).askedPercent()).isEqualByComparingTo("15");
    }

    @Test
    void aNegativeConcededAmountIsNamed() throws Exception {
        CompletableFuture<Optional<Event>> result = openDiscount(LogDefaults.STANDARD);
        pressAlt(KeyCode.C);
        retype("log-conceded-amount", "-100");

        assertThat(errorUnder("log-conceded-amount")).isEqualTo("Amount conceded cannot be negative.");
        assertThat(saveButton().isDisabled()).isTrue();
        pressEscape();
        assertCancelled(result);
    }

    @Test
    void linesPastedIntoWhatIGotInReturnAreRefusedNotGluedTogether() throws Exception {
        CompletableFuture<Optional<Event>> result = openDiscount(LogDefaults.STANDARD);
        pressAlt(KeyCode.T);

        paste("log-traded-for", "less scope\r\nprepayment\n");

        assertThat(input("log-traded-for").getText()).isEqualTo("less scope\u21B5prepayment");
        assertThat(errorUnder("log-traded-for")).isEqualTo("Traded for must be a single line, without line breaks.");
        assertThat(saveButton().isDisabled()).isTrue();
        pressEnter();
        pressEscape();
        assertCancelled(result);
    }

    @Test
    void aHundredThousandCharactersPastedIntoTheNoteAreTooMany() throws Exception {
        CompletableFuture<Optional<Event>> result = openDiscount(LogDefaults.STANDARD);

        paste("log-note", "x".repeat(100_000));

        assertThat(input("log-note").getText()).hasSize(100_000);
        assertThat(errorUnder("log-note")).isEqualTo("Note is too long: 100,000 characters, at most 10,000 are allowed.");
        assertThat(saveButton().isDisabled()).isTrue();
        pressCtrlEnter();
        assertThat(result).isNotDone();
        pressEscape();
        assertCancelled(result);
    }

    @Test
    void enterInTheDateFieldSavesTheTypedDate() throws Exception {
        CompletableFuture<Optional<Event>> result = openDiscount(LogDefaults.STANDARD);

        retype("log-date", "2026-03-02");
        pressEnter();

        assertThat(saved(result).date()).isEqualTo(java.time.LocalDate.of(2026, 3, 2));
    }

    @Test
    void inGermanTheTextsAreGermanAndDecimalsTakeAComma() throws Exception {
        inGerman();
        CompletableFuture<Optional<Event>> result = openDiscount(LogDefaults.STANDARD);
        assertThat(dialog().getHeaderText()).isEqualTo("Nordlicht GmbH will einen niedrigeren Preis");
        assertThat(node("log-response-held", ToggleButton.class).getTooltip().getText())
                .isEqualTo("Preis gehalten (Alt+H)");
        assertThat(saveButton().getText()).isEqualTo("Speichern");

        retype("log-asked-percent", "150");
        assertThat(errorUnder("log-asked-percent"))
                .isEqualTo("Geforderter Rabatt (%) muss größer als 0 und höchstens 100 sein.");
        retype("log-asked-percent", "12,5");
        pressEnter();

        assertThat(((Event.Discount) saved(result)).askedPercent()).isEqualByComparingTo("12.5");
    }
}
