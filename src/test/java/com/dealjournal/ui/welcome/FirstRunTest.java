package com.dealjournal.ui.welcome;

import static org.assertj.core.api.Assertions.assertThat;

import com.dealjournal.demo.DemoFile;
import com.dealjournal.demo.DemoJournal;
import com.dealjournal.i18n.Messages;
import com.dealjournal.model.ProspectSummary;
import com.dealjournal.store.Database;
import com.dealjournal.store.Journal;
import com.dealjournal.testing.JournalFiles;
import com.dealjournal.ui.FxTest;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.concurrent.TimeoutException;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Labeled;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxToolkit;

/**
 * The first start: the welcome page, its two choices, the demo journal marked in the title and by a
 * banner, and the way from the demo to the user's own journal.
 */
class FirstRunTest extends FxTest {

    private Path own;
    private Path demo;

    @BeforeEach
    void aNewUser() {
        preferences.setWelcomed(false);
        own = dir.resolve("journal.db");
        demo = dir.resolve("demo-journal.db");
    }

    private boolean showing(String query) {
        return lookup(query).tryQuery().map(Node::isVisible).orElse(false);
    }

    @SuppressWarnings("unchecked")
    private List<String> listedNames() {
        TableView<ProspectSummary> table = lookup("#prospect-table").queryAs(TableView.class);
        return table.getItems().stream().map(s -> s.prospect().name()).toList();
    }

    /** The names the generator writes for the welcome's seed and count on the test's day. */
    private List<String> generatorNames(Path reference) throws Exception {
        try (Journal journal = Journal.open(reference, Database.Mode.CREATE)) {
            new DemoJournal(DemoFile.SEED, TODAY).writeInto(journal, DemoFile.PROSPECTS);
            return journal.prospects().findAll().stream().map(p -> p.name()).toList();
        }
    }

    private List<MenuItem> fileMenu() {
        return lookup(".menu-bar").queryAs(MenuBar.class).getMenus().getFirst().getItems();
    }

    private void restart(Path journal) throws TimeoutException {
        FxToolkit.cleanupStages();
        context.close();
        startApp(journal);
    }

    @Test
    void theWelcomeSaysWhatDealJournalIsForAndOpensNoJournalYet() throws Exception {
        startApp(own);
        waitUntil(() -> showing("#welcome"));

        assertThat(lookup("Welcome to Deal Journal").tryQuery()).isPresent();
        List<String> sentences = lookup("#welcome-text").queryAs(javafx.scene.layout.VBox.class).getChildren()
                .stream().map(n -> ((Label) n).getText()).toList();
        assertThat(sentences).hasSize(3);
        assertThat(sentences.get(0)).contains("eye level");
        assertThat(sentences.get(2)).contains("hold your price", "trade instead of conceding", "stop chasing");
        assertThat(lookup("#welcome-own").queryButton().getText()).isEqualTo("_Start my own journal");
        assertThat(lookup("#welcome-demo").queryButton().getText()).isEqualTo("_Explore a demo journal");
        assertThat(lookup(own.toAbsolutePath().toString()).tryQuery()).as("no file named alone").isEmpty();
        assertThat(lookup(".label").queryAllAs(Label.class)).anyMatch(l -> l.getText().contains(own.toString()))
                .anyMatch(l -> l.getText().contains(demo.toString()));
        assertThat(stage.getTitle()).isEqualTo("Deal Journal");
        assertThat(lookup("#nav-review").query().isDisabled()).as("nowhere to go without a journal").isTrue();
        assertThat(fileMenu().stream().filter(MenuItem::isDisable).map(MenuItem::getText))
                .as("import, export, back up and restore wait for a journal").hasSize(6);
        assertThat(fileMenu().stream().filter(item -> !item.isDisable() && item.getText() != null)
                .map(MenuItem::getText)).containsExactly("Open journal\u2026", "New journal\u2026", "Quit");
        assertThat(showing("#demo-banner")).isFalse();

        // the sections' shortcuts wait too
        key(KeyCode.CONTROL, KeyCode.DIGIT2);
        assertThat(showing("#welcome")).isTrue();
        assertThat(own).doesNotExist();
        assertThat(demo).doesNotExist();
        assertThat(preferences.welcomed()).isFalse();
    }

    @Test
    void choosingTheDemoOpensAMarkedDemoJournalInAFileOfItsOwn() throws Exception {
        List<String> expectedNames = generatorNames(dir.resolve("reference.db"));
        startApp(own);
        waitUntil(() -> showing("#welcome"));

        clickOn("#welcome-demo");

        waitUntil(() -> stage.getTitle().equals("Deal Journal \u2014 DEMO \u2014 " + demo));
        waitUntil(() -> listedNames().size() == DemoFile.PROSPECTS);
        assertThat(listedNames()).containsExactlyInAnyOrderElementsOf(expectedNames);
        assertThat(showing("#welcome")).isFalse();
        assertThat(showing("#demo-banner")).isTrue();
        assertThat(lookup("#demo-banner-text").queryAs(Label.class).getText())
                .isEqualTo("You are exploring a demo journal: its prospects are made up, and nothing here touches"
                        + " your own journal.");
        assertThat(lookup("#nav-review").query().isDisabled()).isFalse();
        assertThat(fileMenu()).noneMatch(MenuItem::isDisable);

        assertThat(JournalFiles.queryLong(demo, "SELECT count(*) FROM prospects")).isEqualTo(DemoFile.PROSPECTS);
        assertThat(JournalFiles.queryLong(demo, "SELECT count(*) FROM events"))
                .isEqualTo(JournalFiles.queryLong(dir.resolve("reference.db"), "SELECT count(*) FROM events"));
        assertThat(JournalFiles.queryLong(demo, "SELECT count(*) FROM settings WHERE key = 'demo' AND value = 'true'"))
                .isEqualTo(1);
        assertThat(own).as("the own journal is made only when chosen").doesNotExist();
        assertThat(dir.resolve("backups")).as("a demo journal is not backed up").doesNotExist();
        waitUntil(preferences::welcomed);
    }

    @Test
    void choosingTheOwnJournalWithEnterCreatesItEmptyAndTheWelcomeDoesNotComeBack() throws Exception {
        startApp(own);
        waitUntil(() -> showing("#welcome"));
        Button ownChoice = lookup("#welcome-own").queryButton();
        waitUntil(() -> hasFocus(ownChoice));
        assertThat(ownChoice.isDefaultButton()).isTrue();
        type(KeyCode.TAB);
        assertThat(hasFocus(lookup("#welcome-demo").queryButton())).as("Tab reaches the other choice").isTrue();
        press(KeyCode.SHIFT).type(KeyCode.TAB).release(KeyCode.SHIFT);

        type(KeyCode.ENTER);

        waitUntil(() -> stage.getTitle().equals("Deal Journal \u2014 " + own));
        waitUntil(() -> lookup("No prospects yet").tryQuery().isPresent());
        assertThat(showing("#welcome")).isFalse();
        assertThat(showing("#demo-banner")).isFalse();
        assertThat(JournalFiles.queryLong(own, "SELECT count(*) FROM prospects")).isZero();
        assertThat(JournalFiles.queryLong(own, "SELECT count(*) FROM settings WHERE key = 'demo'")).isZero();
        assertThat(demo).doesNotExist();
        waitUntil(preferences::welcomed);

        restart(own);
        waitUntil(() -> stage.getTitle().equals("Deal Journal \u2014 " + own));
        assertThat(lookup("#welcome").tryQuery()).isEmpty();
    }

    @Test
    void theDemoBannerLeadsToTheOwnJournalAndTheDemoKeepsItsData() throws Exception {
        startApp(own);
        waitUntil(() -> showing("#welcome"));
        press(KeyCode.ALT).type(KeyCode.E).release(KeyCode.ALT); // the demo choice's mnemonic
        waitUntil(() -> showing("#demo-banner"));
        waitUntil(() -> listedNames().size() == DemoFile.PROSPECTS);

        clickOn("#demo-banner-leave");

        waitUntil(() -> stage.getTitle().equals("Deal Journal \u2014 " + own));
        waitUntil(() -> lookup("No prospects yet").tryQuery().isPresent());
        assertThat(showing("#demo-banner")).isFalse();
        assertThat(JournalFiles.queryLong(own, "SELECT count(*) FROM prospects")).isZero();
        assertThat(JournalFiles.queryLong(demo, "SELECT count(*) FROM prospects")).isEqualTo(DemoFile.PROSPECTS);
        waitUntil(() -> !Files.exists(demo.resolveSibling(demo.getFileName() + ".lock")));
    }

    @Test
    void aDemoStaysMarkedWhenTheLanguageChangesAndItsBannerStillLeadsToTheOwnJournal() throws Exception {
        startApp(own);
        waitUntil(() -> showing("#welcome"));
        clickOn("#welcome-demo");
        waitUntil(() -> showing("#demo-banner"));
        waitUntil(() -> listedNames().size() == DemoFile.PROSPECTS);

        clickOn("#nav-settings");
        clickOn("#settings-language");
        clickOn(lookup(".list-cell").match((javafx.scene.control.Labeled cell) -> "Deutsch".equals(cell.getText()))
                .queryLabeled());

        waitUntil(() -> lookup("#nav-settings").tryQuery()
                .map(nav -> "Einstellungen".equals(((javafx.scene.control.Labeled) nav).getText())).orElse(false));
        assertThat(stage.getTitle()).isEqualTo("Deal Journal \u2014 DEMO \u2014 " + demo);
        assertThat(showing("#demo-banner")).isTrue();
        assertThat(lookup("#demo-banner-leave").queryButton().getText()).doesNotContain("own journal");

        clickOn("#demo-banner-leave");

        waitUntil(() -> stage.getTitle().equals("Deal Journal \u2014 " + own));
        assertThat(showing("#demo-banner")).isFalse();
        assertThat(JournalFiles.queryLong(own, "SELECT count(*) FROM prospects")).isZero();
    }

    @Test
    void aDemoThatCannotBeMadeIsSaidOnThePageAndBothChoicesStayOpen() throws Exception {
        Path blocking = dir.resolve(".demo-journal.db.making");
        Files.createDirectories(blocking.resolve("something in the way"));
        startApp(own);
        waitUntil(() -> showing("#welcome"));

        clickOn("#welcome-demo");

        waitUntil(() -> lookup("#welcome-status").queryAs(Label.class).getText()
                .startsWith("The demo journal could not be made: "));
        assertThat(lookup("#welcome-demo").queryButton().isDisabled()).isFalse();
        assertThat(lookup("#welcome-own").queryButton().isDisabled()).isFalse();
        assertThat(stage.getTitle()).isEqualTo("Deal Journal");
        assertThat(demo).doesNotExist();
        assertThat(preferences.welcomed()).isFalse();

        clickOn("#welcome-own");
        waitUntil(() -> stage.getTitle().equals("Deal Journal \u2014 " + own));
    }

    @Test
    void aDemoJournalStartedOnDirectlyIsMarkedAndLeadsToTheJournalBesideIt() throws Exception {
        preferences.setWelcomed(true);
        DemoFile.makeIfMissing(demo, TODAY, new com.dealjournal.i18n.Messages(Locale.ENGLISH));

        startApp(demo);

        waitUntil(() -> stage.getTitle().equals("Deal Journal \u2014 DEMO \u2014 " + demo));
        waitUntil(() -> showing("#demo-banner"));
        clickOn("#demo-banner-leave");
        waitUntil(() -> stage.getTitle().equals("Deal Journal \u2014 " + own));
        assertThat(own).exists();
    }

    @Test
    void aGermanFirstRunWithTheDemoShowsNothingInEnglish() throws Exception {
        preferencesNode.remove("lastNotified");
        startApp(own, CLOCK, new Messages(Locale.GERMAN));
        waitUntil(() -> showing("#welcome"));
        assertThat(lookup("Willkommen bei Deal Journal").tryQuery()).isPresent();
        assertThat(lookup("#welcome-own").queryButton().getText()).isEqualTo("Mein _eigenes Journal beginnen");
        assertThat(nothingInEnglish()).isEmpty();

        clickOn("#welcome-demo");

        waitUntil(() -> stage.getTitle().equals("Deal Journal \u2014 DEMO \u2014 " + demo));
        waitUntil(() -> listedNames().size() == DemoFile.PROSPECTS);
        waitUntil(() -> lookup(".notification-bar").tryQuery().isPresent());
        assertThat(lookup("#demo-banner-text").queryAs(Label.class).getText()).startsWith("Du erkundest ein Demo-Journal");
        assertThat(lookup(".notification-bar .title").queryAs(Label.class).getText()).isEqualTo("Warte auf sie");
        assertThat(nothingInEnglish()).isEmpty();
        assertThat(JournalFiles.queryLong(demo, "SELECT count(*) FROM prospects WHERE source IN"
                + " ('Referral', 'Fair', 'Former client', 'Cold call')")).as("the demo's own words too").isZero();
        assertThat(JournalFiles.queryLong(demo, "SELECT count(*) FROM events WHERE note LIKE '%Angebot%'")).isPositive();
    }

    /** Texts showing in any window that are the English wording of a text German words differently. */
    private List<String> nothingInEnglish() {
        ResourceBundle english = ResourceBundle.getBundle(Messages.BUNDLE, Locale.ROOT);
        ResourceBundle german = ResourceBundle.getBundle(Messages.BUNDLE, Locale.GERMAN);
        Set<String> onlyEnglish = new HashSet<>();
        for (String key : english.keySet()) {
            String text = english.getString(key);
            if (!text.contains("{") && !text.equals(german.getString(key))) {
                onlyEnglish.add(text.replace("''", "'").replace("_", ""));
            }
        }
        return lookup((Node node) -> node.isVisible() && node instanceof Labeled).queryAllAs(Labeled.class).stream()
                .map(labeled -> labeled.getText() == null ? "" : labeled.getText().replace("_", ""))
                .filter(onlyEnglish::contains).toList();
    }

    @Test
    void anExistingJournalWithoutTheWelcomeAnsweredOpensAtOnceAndCountsAsWelcomed() throws Exception {
        JournalFiles.journalWith(own, 2, 0);

        startApp(own);

        waitUntil(() -> listedNames().size() == 2);
        assertThat(stage.getTitle()).isEqualTo("Deal Journal \u2014 " + own);
        assertThat(lookup("#welcome").tryQuery()).isEmpty();
        waitUntil(preferences::welcomed);
        assertThat(demo).doesNotExist();
    }
}
