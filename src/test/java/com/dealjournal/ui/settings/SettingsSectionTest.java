package com.dealjournal.ui.settings;

import static org.assertj.core.api.Assertions.assertThat;

import com.dealjournal.model.Event;
import com.dealjournal.model.Prospect;
import com.dealjournal.model.Reply;
import com.dealjournal.store.Database;
import com.dealjournal.store.Journal;
import com.dealjournal.testing.JournalFiles;
import com.dealjournal.ui.FxTest;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Currency;
import javafx.scene.control.Label;
import javafx.scene.control.Spinner;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Test;

/** The journal's own settings: saved in the file at once, and the prospect list follows them. */
class SettingsSectionTest extends FxTest {

    private Path journalWithOneChasedProspect() throws Exception {
        Path file = dir.resolve("journal.db");
        try (Journal journal = Journal.open(file, Database.Mode.CREATE)) {
            Prospect p = journal.prospects().insert(Prospect.named("Chased once", Currency.getInstance("EUR")));
            journal.events().insert(new Event.FollowUp(0, p.id(), LocalDate.parse("2026-10-01"), Reply.NONE, null));
        }
        return file;
    }

    @Test
    void everyHintIsShownWholeInGermanWithTheWindowAtItsStartSize() throws Exception {
        preferences.setLanguage(java.util.Optional.of(java.util.Locale.GERMAN));
        startApp(journalWithOneChasedProspect());
        clickOn("#nav-settings");
        waitUntil(() -> lookup("#settings-file").queryAs(TextField.class).getText().endsWith("journal.db"));

        java.util.Set<Label> hints = lookup("#settings .hint").queryAllAs(Label.class);
        assertThat(hints).hasSizeGreaterThanOrEqualTo(4);
        for (Label hint : hints) {
            // a label too small for its text draws it shortened with "..." in its text node
            javafx.scene.text.Text drawn = (javafx.scene.text.Text) hint.lookup(".text");
            assertThat(drawn.getText()).as("drawn in full").isEqualTo(hint.getText());
        }
    }

    @Test
    void aLowerChaseLimitIsSavedAndMarksProspectsAtIt() throws Exception {
        Path file = journalWithOneChasedProspect();
        startApp(file);
        waitUntil(() -> lookup("Chased once").tryQuery().isPresent());
        assertThat(lookup(".table-row-cell:at-chase-limit").queryAll()).isEmpty();

        clickOn("#nav-settings");
        @SuppressWarnings("unchecked")
        Spinner<Integer> limit = lookup("#settings-chase-limit").queryAs(Spinner.class);
        waitUntil(() -> limit.getValue() == 2);
        interact(() -> limit.getValueFactory().setValue(1));

        waitUntil(() -> JournalFiles.queryLong(file,
                "SELECT count(*) FROM settings WHERE key = 'chase_limit' AND value = '1'") == 1);
        clickOn("#nav-prospects");
        waitUntil(() -> lookup(".table-row-cell:at-chase-limit").queryAll().size() == 1);
    }

    @Test
    void anUnknownCurrencyIsNamedAndNotSavedAKnownOneIsUsedForNewProspects() throws Exception {
        Path file = journalWithOneChasedProspect();
        startApp(file);
        clickOn("#nav-settings");
        TextField currency = lookup("#settings-currency").queryAs(TextField.class);
        waitUntil(() -> "EUR".equals(currency.getText()));

        interact(() -> currency.setText("EURO"));
        clickOn(currency).type(KeyCode.ENTER);
        waitUntil(() -> lookup("#settings-currency-problem").queryAs(Label.class).getText()
                .contains("\"EURO\" is not a currency code"));
        assertThat(JournalFiles.queryLong(file, "SELECT count(*) FROM settings WHERE key = 'default_currency'"))
                .isZero();

        interact(() -> currency.setText("chf"));
        clickOn(currency).type(KeyCode.ENTER);
        waitUntil(() -> JournalFiles.queryLong(file,
                "SELECT count(*) FROM settings WHERE key = 'default_currency' AND value = 'CHF'") == 1);
        assertThat(currency.getText()).isEqualTo("CHF");

        clickOn("#nav-prospects");
        clickOn("#new-prospect");
        waitUntil(() -> "CHF".equals(lookup("#prospect-currency").queryAs(TextField.class).getText()));
    }

    @Test
    void theNumberOfBackupsKeptIsSavedInTheJournalAndTheBackupsFolderIsNamed() throws Exception {
        Path file = journalWithOneChasedProspect();
        startApp(file);
        clickOn("#nav-settings");
        @SuppressWarnings("unchecked")
        Spinner<Integer> kept = lookup("#settings-backups-kept").queryAs(Spinner.class);
        waitUntil(() -> kept.getValue() == 7);
        assertThat(lookup("#settings-backups-folder").queryAs(TextField.class).getText())
                .isEqualTo(dir.resolve("backups").toString());

        interact(() -> kept.getValueFactory().setValue(3));

        waitUntil(() -> JournalFiles.queryLong(file,
                "SELECT count(*) FROM settings WHERE key = 'backups_kept' AND value = '3'") == 1);
        interact(() -> kept.getValueFactory().setValue(120));
        assertThat(kept.getValue()).as("at most 100").isEqualTo(100);
        waitUntil(() -> JournalFiles.queryLong(file,
                "SELECT count(*) FROM settings WHERE key = 'backups_kept' AND value = '100'") == 1);
    }
}
