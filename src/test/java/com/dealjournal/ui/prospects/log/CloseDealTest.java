package com.dealjournal.ui.prospects.log;

import static org.assertj.core.api.Assertions.assertThat;

import com.dealjournal.model.Prospect;
import com.dealjournal.model.ProspectStatus;
import java.math.BigDecimal;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import org.junit.jupiter.api.Test;

/** Closing a deal: a date, a final price only when won, and declining said to be what it is. */
class CloseDealTest extends QuickLogFxTest {

    private CompletableFuture<Optional<Closing>> openClose(ProspectStatus status) throws Exception {
        return open(() -> quickLog.close(owner, prospect, status, TODAY));
    }

    @Test
    void wonTakesTheFinalPricePreFilledWithTheListPrice() throws Exception {
        CompletableFuture<Optional<Closing>> result = openClose(ProspectStatus.WON);
        assertThat(dialog().getStyleClass()).contains("quick-log", "close-deal");
        assertThat(dialog().getHeaderText()).isEqualTo("Won: Nordlicht GmbH");
        assertThat(input("close-date").getText()).isEqualTo("2026-03-16");
        assertThat(input("close-final-price").getText()).isEqualTo("4800.00");
        assertThat(dialog().getScene().getFocusOwner()).isSameAs(node("close-final-price", TextField.class));

        write("4500");
        pressEnter();

        assertThat(saved(result)).isEqualTo(new Closing(ProspectStatus.WON, TODAY, new BigDecimal("4500")));
    }

    @Test
    void wonWithTheListPriceIsJustEnter() throws Exception {
        CompletableFuture<Optional<Closing>> result = openClose(ProspectStatus.WON);

        pressEnter();

        assertThat(saved(result)).isEqualTo(new Closing(ProspectStatus.WON, TODAY, new BigDecimal("4800.00")));
    }

    @Test
    void wonWithoutAListPriceMayLeaveTheFinalPriceEmpty() throws Exception {
        prospect = Prospect.named("Jana Berg", prospect.currency()).withId(PROSPECT_ID);
        CompletableFuture<Optional<Closing>> result = openClose(ProspectStatus.WON);
        assertThat(input("close-final-price").getText()).isEmpty();

        pressEnter();

        assertThat(saved(result)).isEqualTo(new Closing(ProspectStatus.WON, TODAY, null));
    }

    @Test
    void aNegativeFinalPriceIsNamed() throws Exception {
        CompletableFuture<Optional<Closing>> result = openClose(ProspectStatus.WON);

        retype("close-final-price", "-4500");

        assertThat(errorUnder("close-final-price")).isEqualTo("Final price cannot be negative.");
        assertThat(saveButton().isDisabled()).isTrue();
        pressEnter();
        pressEscape();
        assertCancelled(result);
    }

    @Test
    void decliningIsSaidToBeDealingOnEyeLevel() throws Exception {
        CompletableFuture<Optional<Closing>> result = openClose(ProspectStatus.DECLINED);

        assertThat(dialog().getHeaderText()).isEqualTo("You decline Nordlicht GmbH");
        assertThat(node("close-message", Label.class).getText())
                .isEqualTo("Saying no to a client you do not want is dealing on eye level.");
        assertThat(lookup("#close-final-price").tryQuery()).as("a final price is only for won deals").isEmpty();
        pressEnter();

        assertThat(saved(result)).isEqualTo(new Closing(ProspectStatus.DECLINED, TODAY, null));
    }

    @Test
    void inGermanDecliningIsDealingOnEyeLevelToo() throws Exception {
        inGerman();
        openClose(ProspectStatus.DECLINED);

        assertThat(node("close-message", Label.class).getText())
                .isEqualTo("Einem Kunden abzusagen, mit dem du nicht arbeiten willst, heißt auf Augenhöhe verhandeln.");
    }

    @Test
    void lostOnAnotherDay() throws Exception {
        CompletableFuture<Optional<Closing>> result = openClose(ProspectStatus.LOST);
        assertThat(dialog().getHeaderText()).isEqualTo("Lost: Nordlicht GmbH");

        retype("close-date", "2026-03-10");
        pressEnter();

        assertThat(saved(result)).isEqualTo(new Closing(ProspectStatus.LOST, TODAY.minusDays(6), null));
    }

    @Test
    void aDayThatDoesNotExistIsNamed() throws Exception {
        CompletableFuture<Optional<Closing>> result = openClose(ProspectStatus.STALLED);

        retype("close-date", "2026-02-30");

        assertThat(errorUnder("close-date"))
                .isEqualTo("Closed on: \"2026-02-30\" is not a date. Write it as YYYY-MM-DD, for example 2026-03-31.");
        assertThat(saveButton().isDisabled()).isTrue();
        pressEnter();
        assertThat(result).isNotDone();
        retype("close-date", "");
        assertThat(errorUnder("close-date")).isEqualTo("Closed on is required for a closed deal (won, lost, declined or stalled).");
        pressEscape();
        assertCancelled(result);
    }
}
