package com.dealjournal.ui.prospects.log;

import static org.assertj.core.api.Assertions.assertThat;

import com.dealjournal.model.Event;
import com.dealjournal.model.Initiator;
import com.dealjournal.model.Response;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import javafx.scene.Node;
import javafx.scene.control.ToggleButton;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Test;

/** Logging extra scope: who brought it up, and whether I declined, charged or traded, or did it for free. */
class ScopeLogTest extends QuickLogFxTest {

    private CompletableFuture<Optional<Event>> openScope() throws Exception {
        return open(() -> quickLog.scope(owner, prospect, TODAY, LogDefaults.STANDARD));
    }

    @Test
    void enterAloneLogsTheyAskedAndIDeclinedToday() throws Exception {
        CompletableFuture<Optional<Event>> result = openScope();

        assertThat(dialog().getStyleClass()).contains("quick-log", "log-scope");
        assertThat(dialog().getHeaderText()).isEqualTo("Extra work for Nordlicht GmbH");
        assertThat(node("log-initiator-them", ToggleButton.class).isSelected()).isTrue();
        assertThat(node("log-response-held", ToggleButton.class).getText()).isEqualTo("_Declined");
        assertThat(node("log-response-held", ToggleButton.class).isSelected()).isTrue();
        pressEnter();

        assertThat(saved(result)).isEqualTo(
                new Event.Scope(0, PROSPECT_ID, TODAY, Initiator.THEM, Response.HELD, null, null, null));
    }

    @Test
    void workIOfferedMyselfCannotBeDeclined() throws Exception {
        CompletableFuture<Optional<Event>> result = openScope();

        pressAlt(KeyCode.O);

        assertThat(node("log-initiator-me", ToggleButton.class).isSelected()).isTrue();
        assertThat(errorUnder("log-response")).isEqualTo("What I did: extra work you offered yourself cannot be "
                + "declined; log whether you charged for it or gave it for free.");
        assertThat(saveButton().isDisabled()).isTrue();
        pressEnter();
        assertThat(result).isNotDone();

        pressAlt(KeyCode.F);
        assertThat(errorUnder("log-response")).isEmpty();
        retype("log-value", "400");
        pressEnter();

        assertThat(saved(result)).isEqualTo(new Event.Scope(0, PROSPECT_ID, TODAY, Initiator.ME, Response.CONCEDED,
                new BigDecimal("400"), null, null));
    }

    @Test
    void chargedOrTradedKeepsWhatIGotInReturnAndEnterThereSaves() throws Exception {
        CompletableFuture<Optional<Event>> result = openScope();
        assertThat(node("log-traded-for", Node.class).isDisabled()).isTrue();

        pressAlt(KeyCode.H);
        assertThat(node("log-traded-for", Node.class).isDisabled()).isFalse();
        retype("log-value", "1200");
        retype("log-traded-for", "a longer commitment");
        pressEnter();

        assertThat(saved(result)).isEqualTo(new Event.Scope(0, PROSPECT_ID, TODAY, Initiator.THEM, Response.TRADED,
                new BigDecimal("1200"), "a longer commitment", null));
    }

    @Test
    void aNegativeValueIsNamed() throws Exception {
        CompletableFuture<Optional<Event>> result = openScope();

        retype("log-value", "-1");

        assertThat(errorUnder("log-value")).isEqualTo("Value of the extra work cannot be negative.");
        assertThat(saveButton().isDisabled()).isTrue();
        pressEscape();
        assertCancelled(result);
    }

    @Test
    void editingKeepsTheIdAndPreFillsEveryField() throws Exception {
        Event.Scope stored = new Event.Scope(31, PROSPECT_ID, TODAY.minusDays(3), Initiator.ME, Response.TRADED,
                new BigDecimal("99.90"), "a referral", "Offered a logo variant.");
        CompletableFuture<Optional<Event>> result = open(() -> quickLog.edit(owner, prospect, stored, List.of(), 2));

        assertThat(dialog().getStyleClass()).contains("log-scope");
        assertThat(input("log-date").getText()).isEqualTo("2026-03-13");
        assertThat(node("log-initiator-me", ToggleButton.class).isSelected()).isTrue();
        assertThat(node("log-response-traded", ToggleButton.class).isSelected()).isTrue();
        assertThat(input("log-value").getText()).isEqualTo("99.90");
        assertThat(input("log-traded-for").getText()).isEqualTo("a referral");
        pressAlt(KeyCode.F);
        pressEnter();

        assertThat(saved(result)).isEqualTo(new Event.Scope(31, PROSPECT_ID, TODAY.minusDays(3), Initiator.ME,
                Response.CONCEDED, new BigDecimal("99.90"), null, "Offered a logo variant."));
    }
}
