package com.dealjournal.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.dealjournal.demo.DemoJournal;
import com.dealjournal.i18n.Messages;
import com.dealjournal.model.ProspectStatus;
import com.dealjournal.model.ProspectSummary;
import com.dealjournal.store.Database;
import com.dealjournal.store.Journal;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.text.DateFormatSymbols;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Control;
import javafx.scene.control.Labeled;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.TableView;
import javafx.scene.control.TextInputControl;
import javafx.scene.input.KeyCode;
import javafx.scene.text.Text;
import javafx.stage.Window;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The first run in German on a demo journal made in German: every section and the dialogs one key or
 * click away, walked node by node, show no English. A text is English when it is an English text of the
 * bundle (with any values in its placeholders) whose German differs, holds a word only the English
 * texts use (Ctrl, Delete, Cancel …) or an English month name, or writes money the English way.
 * {@link NoLiteralTextTest} checks the same from the source code.
 */
class GermanEverywhereTest extends FxTest {

    /** English texts whose German differs, as patterns: a placeholder stands for any text. */
    private static final List<Pattern> ENGLISH_TEXTS = new ArrayList<>();
    /** Words that only the English texts use, in lower case. */
    private static final Set<String> ENGLISH_WORDS = new HashSet<>();
    private static final Pattern WORD = Pattern.compile("\\p{L}{3,}");
    /** Money as English writes it: the sign before the amount, or a comma between thousands. */
    private static final Pattern ENGLISH_MONEY = Pattern.compile("[€$£]\\s?\\d|\\d,\\d{3}(?:[.,]\\d{2})?\\b");

    @BeforeAll
    static void readTheBundles() throws IOException {
        Properties english = load("messages.properties");
        Properties german = load("messages_de.properties");
        Set<String> germanWords = new HashSet<>();
        german.values().forEach(text -> germanWords.addAll(words((String) text)));
        for (String key : english.stringPropertyNames()) {
            String text = english.getProperty(key);
            if (text.equals(german.getProperty(key))) {
                continue;
            }
            String literalPart = text.replaceAll("\\{[^{}]*(\\{[^{}]*\\}[^{}]*)*\\}", " ");
            if (literalPart.codePoints().filter(Character::isLetter).count() >= 4) {
                ENGLISH_TEXTS.add(pattern(text));
            }
            words(literalPart).stream().filter(word -> !germanWords.contains(word)).forEach(ENGLISH_WORDS::add);
        }
        // month and day names, where German writes them otherwise (April, August … are the same)
        DateFormatSymbols en = DateFormatSymbols.getInstance(Locale.ENGLISH);
        DateFormatSymbols de = DateFormatSymbols.getInstance(Locale.GERMAN);
        Set<String> germanDates = new HashSet<>();
        for (String[] names : List.of(de.getMonths(), de.getShortMonths(), de.getWeekdays(), de.getShortWeekdays())) {
            Arrays.stream(names).flatMap(name -> words(name).stream()).forEach(germanDates::add);
        }
        for (String[] names : List.of(en.getMonths(), en.getShortMonths(), en.getWeekdays(), en.getShortWeekdays())) {
            Arrays.stream(names).flatMap(name -> words(name).stream()).filter(w -> !germanDates.contains(w))
                    .forEach(ENGLISH_WORDS::add);
        }
    }

    private static Properties load(String name) throws IOException {
        Properties properties = new Properties();
        try (var in = GermanEverywhereTest.class.getResourceAsStream("/com/dealjournal/i18n/" + name)) {
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }

    private static Set<String> words(String text) {
        Set<String> words = new HashSet<>();
        Matcher word = WORD.matcher(text);
        while (word.find()) {
            words.add(word.group().toLowerCase(Locale.ROOT));
        }
        return words;
    }

    /** An English text as a pattern that matches it with anything in its placeholders. */
    private static Pattern pattern(String text) {
        StringBuilder regex = new StringBuilder();
        int depth = 0;
        StringBuilder literal = new StringBuilder();
        for (char c : text.replace("''", "'").toCharArray()) {
            if (c == '{') {
                if (depth++ == 0) {
                    regex.append(Pattern.quote(literal.toString())).append(".+?");
                    literal.setLength(0);
                }
            } else if (c == '}') {
                depth--;
            } else if (depth == 0) {
                literal.append(c);
            }
        }
        regex.append(Pattern.quote(literal.toString()));
        return Pattern.compile(regex.toString(), Pattern.DOTALL);
    }

    /** What a text has that is English, or empty. */
    static Optional<String> english(String text) {
        for (Pattern english : ENGLISH_TEXTS) {
            if (english.matcher(text).matches()) {
                return Optional.of("an English text of the bundle");
            }
        }
        // an e-mail address is the journal's data, whatever its words
        Set<String> englishWords = words(text.replaceAll("\\S+@\\S+", " ")).stream().filter(ENGLISH_WORDS::contains)
                .collect(Collectors.toCollection(java.util.TreeSet::new));
        if (!englishWords.isEmpty()) {
            return Optional.of("English words " + englishWords);
        }
        return ENGLISH_MONEY.matcher(text).find() ? Optional.of("money written the English way") : Optional.empty();
    }

    @Test
    void theDetectorKnowsEnglishFromGermanAndJournalData() {
        assertThat(english("Waiting on them")).isPresent();
        assertThat(english("Opening /tmp/x/journal.db\u2026")).isPresent();
        assertThat(english("Speichern (Ctrl+S)")).isPresent();
        assertThat(english("Okt. 26")).isEmpty();
        assertThat(english("Oct 26")).isPresent();
        assertThat(english("\u20ac750.50")).isPresent();
        assertThat(english("750,50\u00a0\u20ac")).isEmpty();
        assertThat(english("Warte auf Antwort")).isEmpty();
        assertThat(english("Anna Schmidt, Nordlicht GmbH, 2026-10-02, anna.schmidt@example.com")).isEmpty();
        assertThat(english("Deal Journal \u2014 /tmp/x/journal.db")).isEmpty();
    }

    @Test
    void theFirstRunInGermanOnADemoJournalShowsNoEnglish() throws Exception {
        preferences.setLanguage(Optional.of(Locale.GERMAN));
        Path file = dir.resolve("journal.db");
        try (Journal journal = Journal.open(file, Database.Mode.CREATE)) {
            new DemoJournal(42, TODAY, new Messages(Locale.GERMAN)).writeInto(journal, 40);
        }
        startApp(file);
        waitUntil(() -> stage.getTitle().endsWith(file.toString()));
        Texts texts = new Texts(file.getParent().toString());

        @SuppressWarnings("unchecked")
        TableView<ProspectSummary> table = lookup("#prospect-table").queryAs(TableView.class);
        waitUntil(() -> table.getItems().size() == 40);
        String open = table.getItems().stream().filter(s -> s.prospect().status() == ProspectStatus.OPEN
                && s.followUps() > 0 && s.discounts() > 0).findFirst().orElseThrow().prospect().name();
        clickOn(open);
        waitUntil(() -> !lookup("#timeline").queryListView().getItems().isEmpty());
        texts.collect("Interessenten");
        texts.collectComboBoxes("Interessenten");
        for (KeyCode key : List.of(KeyCode.D, KeyCode.S, KeyCode.F, KeyCode.N)) {
            clickOn(open);
            type(key);
            texts.collectDialog("quick-log", "Schnell eintragen " + key);
        }
        clickOn("#close-won-button");
        texts.collectDialog("quick-log", "Abschließen");
        clickOn("#prospect-delete");
        waitUntil(() -> lookup(".confirm").tryQuery().isPresent());
        texts.collect("Löschen?");
        clickDialogButton("confirm", "Abbrechen");

        clickOn("#nav-review");
        clickOn("#review-previous");
        waitUntil(() -> lookup("#insight-0").tryQuery().isPresent());
        texts.collect("Rückblick");
        texts.collectComboBoxes("Rückblick");

        clickOn("#nav-settings");
        texts.collect("Einstellungen");
        texts.collectComboBoxes("Einstellungen");

        clickOn("Datei");
        texts.collect("Menü Datei");
        type(KeyCode.ESCAPE);
        lookup(".menu-bar").queryAs(MenuBar.class).getMenus().forEach(texts::collect);

        assertThat(texts.seen).as("texts looked at").hasSizeGreaterThan(300)
                .contains("Rückblick", "Augenhöhe-Quote", "Rabattanfrage", "Warte auf Antwort", "Sprache", "Dunkel",
                        "Abbrechen", "Strg+O", "Meine Reaktion", "Antwort", "Abgeschlossen am",
                        "Gesamter Zeitraum", "Systemsprache (Englisch)");
        assertThat(texts.english).as("English in the German window").isEmpty();
    }

    /** Every text the showing windows hold, and those of them that are English. */
    private final class Texts {

        final Set<String> seen = new LinkedHashSet<>();
        final List<String> english = new ArrayList<>();
        private final String folder;

        Texts(String folder) {
            this.folder = folder;
        }

        void collect(String where) {
            interact(() -> Window.getWindows().stream().filter(Window::isShowing)
                    .forEach(window -> walk(window.getScene().getRoot(), where)));
        }

        void collect(Menu menu) {
            check(menu.getText(), "Menü");
            for (MenuItem item : menu.getItems()) {
                check(item.getText(), "Menü");
            }
        }

        /** Opens each drop-down of the section, so its entries are shown and looked at too. */
        void collectComboBoxes(String where) {
            for (Node box : lookup(".combo-box").queryAll()) {
                if (box.isVisible() && box.getScene() == stage.getScene()) {
                    ComboBox<?> combo = (ComboBox<?>) box;
                    interact(combo::show);
                    collect(where + ", Auswahl " + combo.getId());
                    interact(combo::hide);
                }
            }
        }

        void collectDialog(String styleClass, String where) throws Exception {
            waitUntil(() -> lookup("." + styleClass).tryQuery().isPresent());
            collect(where);
            Window dialog = lookup("." + styleClass).query().getScene().getWindow();
            targetWindow(dialog);
            type(KeyCode.ESCAPE);
            targetWindow(stage);
            waitUntil(() -> !dialog.isShowing());
        }

        private void walk(Node node, String where) {
            if (!node.isVisible()) {
                return;
            }
            if (node instanceof Labeled labeled) {
                check(labeled.getText(), where);
            }
            if (node instanceof Text text) {
                check(text.getText(), where);
            }
            if (node instanceof TextInputControl input) {
                check(input.getPromptText(), where);
                check(input.getText(), where);
            }
            if (node instanceof Control control && control.getTooltip() != null) {
                check(control.getTooltip().getText(), where);
            }
            check(node.getAccessibleText(), where);
            if (node instanceof Parent parent) {
                parent.getChildrenUnmodifiable().forEach(child -> walk(child, where));
            }
        }

        private void check(String text, String where) {
            if (text == null || text.isBlank() || text.contains(folder) || !seen.add(text)) {
                return;
            }
            english(text).ifPresent(why -> english.add(where + ": \"" + text + "\" (" + why + ")"));
        }
    }
}
