package com.dealjournal.ui.settings;

import com.dealjournal.i18n.Messages;
import com.dealjournal.io.RollingBackups;
import com.dealjournal.model.Chase;
import com.dealjournal.model.Field;
import com.dealjournal.model.Input;
import com.dealjournal.model.ValidationException;
import com.dealjournal.store.Journal;
import com.dealjournal.store.SettingsRepository;
import com.dealjournal.prefs.UserPreferences.Theme;
import com.dealjournal.ui.common.Async;
import com.dealjournal.ui.common.FolderOpener;
import com.dealjournal.ui.common.Icon;
import com.dealjournal.ui.common.JournalActions;
import com.dealjournal.ui.common.SectionView;
import com.dealjournal.ui.common.Styles;
import com.dealjournal.ui.common.TextCell;
import java.util.Currency;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.Spinner;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/**
 * Settings: the person's language and theme, kept with {@link Appearance} and applied at once; which
 * journal file is open, its folder, and opening or creating another; and the journal's own settings, the
 * chase limit, the currency of new prospects and how many backups to keep, saved in the journal as soon
 * as they change.
 */
public final class SettingsSection implements SectionView {

    /** What one background read brings back. */
    private record Values(int chaseLimit, Currency currency, int backupsKept) {
    }

    private final Messages messages;
    private final Async async;
    private final Runnable journalSettingsChanged;
    private final VBox view = new VBox(16);
    /** The settings scroll when the window is lower than they are, rather than squeezing their hints. */
    private final javafx.scene.control.ScrollPane scroller = new javafx.scene.control.ScrollPane(view);
    private final TextField file = new TextField();
    private final Label schema = new Label();
    private final Spinner<Integer> chaseLimit = new Spinner<>(Chase.MIN_LIMIT, Chase.MAX_LIMIT, Chase.DEFAULT_LIMIT);
    private final TextField currency = new TextField();
    private final Label currencyProblem = new Label();
    private final Spinner<Integer> backupsKept = new Spinner<>(SettingsRepository.MIN_BACKUPS_KEPT,
            SettingsRepository.MAX_BACKUPS_KEPT, SettingsRepository.DEFAULT_BACKUPS_KEPT);
    private final TextField backupsFolder = new TextField();
    private final ComboBox<Language> language = new ComboBox<>();
    private final ComboBox<Theme> theme = new ComboBox<>();
    private final FolderOpener folders;
    private Journal journal;
    private boolean loading;

    /**
     * @param journalSettingsChanged told after the chase limit or the default currency was saved
     * @param appearance             the language and theme chosen, and where a new choice goes
     * @param folders                shows the journal's folder in the file manager
     */
    public SettingsSection(Messages messages, Async async, JournalActions actions, Runnable journalSettingsChanged,
                           Appearance appearance, FolderOpener folders) {
        this.messages = messages;
        this.async = async;
        this.journalSettingsChanged = journalSettingsChanged;
        this.folders = folders;
        view.setId("settings");
        scroller.setFitToWidth(true);
        scroller.getStyleClass().add(atlantafx.base.theme.Tweaks.EDGE_TO_EDGE);
        view.getStyleClass().add(Styles.SECTION);
        view.setPadding(new Insets(24));

        Label title = new Label(messages.get("settings.title"));
        title.getStyleClass().add(Styles.SECTION_TITLE);

        file.setId("settings-file");
        file.setEditable(false);
        file.setAccessibleText(messages.get("settings.file"));
        file.setPrefColumnCount(36);
        schema.setId("settings-schema");

        chaseLimit.setId("settings-chase-limit");
        chaseLimit.setEditable(true);
        chaseLimit.setAccessibleText(messages.get("settings.chaseLimit"));
        chaseLimit.valueProperty().addListener((obs, old, limit) -> saveChaseLimit(limit));
        currency.setId("settings-currency");
        currency.setPrefColumnCount(4);
        currency.setAccessibleText(messages.get("settings.currency"));
        currency.setOnAction(e -> saveCurrency());
        currency.focusedProperty().addListener((obs, was, focused) -> {
            if (!focused) {
                saveCurrency();
            }
        });
        currencyProblem.setId("settings-currency-problem");
        currencyProblem.getStyleClass().add(Styles.FIELD_ERROR);
        backupsKept.setId("settings-backups-kept");
        backupsKept.setEditable(true);
        backupsKept.setAccessibleText(messages.get("settings.backupsKept"));
        backupsKept.valueProperty().addListener((obs, old, kept) -> saveBackupsKept(kept));
        backupsFolder.setId("settings-backups-folder");
        backupsFolder.setEditable(false);
        backupsFolder.setAccessibleText(messages.get("settings.backupsFolder"));

        language.setId("settings-language");
        language.getItems().setAll(Language.values());
        language.setValue(Language.of(appearance.language()));
        String system = appearance.systemLanguage().getDisplayLanguage(messages.locale());
        choiceTexts(language, item -> messages.format(item.labelKey(), system), "settings.language");
        language.valueProperty().addListener((obs, old, chosen) -> appearance.chooseLanguage(chosen.locale()));
        theme.setId("settings-theme");
        theme.getItems().setAll(Theme.values());
        theme.setValue(appearance.theme());
        choiceTexts(theme, item -> messages.get("settings.theme." + item.name()), "settings.theme");
        theme.valueProperty().addListener((obs, old, chosen) -> appearance.chooseTheme(chosen));

        Button openFolder = new Button(messages.get("settings.openFolder"), Icon.OPEN_FOLDER.node(16));
        openFolder.setId("settings-open-folder");
        openFolder.setTooltip(new Tooltip(messages.get("settings.openFolder.tooltip")));
        openFolder.setMinWidth(Region.USE_PREF_SIZE);
        openFolder.setOnAction(e -> onOpenFolder());
        HBox.setHgrow(file, Priority.ALWAYS);

        // one grid for both parts, so their fields line up
        GridPane grid = new GridPane(12, 8);
        ColumnConstraints labels = new ColumnConstraints();
        labels.setMinWidth(Region.USE_PREF_SIZE); // names are never cut off
        grid.getColumnConstraints().addAll(labels, new ColumnConstraints());
        grid.add(subsection("settings.personal"), 0, 0, 2, 1);
        grid.addRow(1, new Label(messages.get("settings.language")), language);
        grid.addRow(2, new Label(messages.get("settings.theme")), theme);
        grid.add(hint("settings.personal.hint"), 1, 3);
        grid.add(subsection("settings.journal"), 0, 4, 2, 1);
        grid.addRow(5, new Label(messages.get("settings.file")), new HBox(8, file, openFolder));
        grid.addRow(6, new Label(messages.get("settings.schema")), schema);
        grid.addRow(7, new Label(messages.get("settings.chaseLimit")), chaseLimit);
        grid.add(hint("settings.chaseLimit.hint"), 1, 8);
        grid.addRow(9, new Label(messages.get("settings.currency")), new HBox(8, currency, currencyProblem));
        grid.addRow(10, new Label(messages.get("settings.backupsKept")), backupsKept);
        grid.addRow(11, new Label(messages.get("settings.backupsFolder")), backupsFolder);
        grid.add(hint("settings.backupsKept.hint"), 1, 12);

        Button open = new Button(messages.get("menu.file.open"), Icon.OPEN_FILE.node(16));
        open.setId("settings-open");
        open.setOnAction(e -> actions.openAnotherJournal());
        Button create = new Button(messages.get("menu.file.new"), Icon.NEW_FILE.node(16));
        create.setId("settings-new");
        create.setOnAction(e -> actions.createNewJournal());

        view.getChildren().addAll(title, grid, new HBox(8, open, create), hint("settings.hint"));
    }

    /** Gives keyboard focus to the language, as after the window was built again in a new one. */
    public void focusLanguage() {
        language.requestFocus();
    }

    private Label subsection(String key) {
        Label heading = new Label(messages.get(key));
        heading.getStyleClass().add(Styles.SUBSECTION_TITLE);
        GridPane.setMargin(heading, new Insets(8, 0, 0, 0));
        return heading;
    }

    private <T> void choiceTexts(ComboBox<T> box, java.util.function.Function<T, String> text, String nameKey) {
        box.setCellFactory(list -> new TextCell<>(item -> item == null ? null : text.apply(item)));
        box.setButtonCell(new TextCell<>(item -> item == null ? null : text.apply(item)));
        box.setAccessibleText(messages.get(nameKey));
    }

    /** Shows the open journal's folder in the file manager; starting one may take a moment, so not on the FX thread. */
    private void onOpenFolder() {
        if (journal == null) {
            return;
        }
        java.nio.file.Path folder = journal.file().getParent();
        async.run(() -> {
            folders.open(folder);
            return null;
        }).start();
    }

    private Label hint(String key) {
        Label hint = new Label(messages.get(key));
        hint.setWrapText(true);
        hint.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE); // all of it, never cut off with "..."
        hint.getStyleClass().add(Styles.HINT);
        return hint;
    }

    @Override
    public Node node() {
        return scroller;
    }

    @Override
    public void show(Journal opened) {
        journal = opened;
        file.setText(opened.file().toString());
        schema.setText(messages.format("settings.schema.value", opened.schemaVersion()));
        backupsFolder.setText(RollingBackups.folderOf(opened.file()).toString());
        async.run(() -> new Values(opened.settings().chaseLimit(), opened.settings().defaultCurrency(),
                        opened.settings().backupsKept()))
                .onSuccess(values -> {
                    if (opened != journal) {
                        return; // another journal was opened meanwhile
                    }
                    loading = true;
                    chaseLimit.getValueFactory().setValue(values.chaseLimit());
                    currency.setText(values.currency().getCurrencyCode());
                    currencyProblem.setText("");
                    backupsKept.getValueFactory().setValue(values.backupsKept());
                    loading = false;
                })
                .start();
    }

    private void saveChaseLimit(Integer limit) {
        Journal into = journal;
        if (loading || into == null || limit == null) {
            return;
        }
        async.run(() -> {
            into.settings().setChaseLimit(limit);
            return null;
        }).onSuccess(ignored -> journalSettingsChanged.run()).start();
    }

    /** Takes effect with the next backup: lowering the number deletes nothing until a backup is made. */
    private void saveBackupsKept(Integer kept) {
        Journal into = journal;
        if (loading || into == null || kept == null) {
            return;
        }
        async.run(() -> {
            into.settings().setBackupsKept(kept);
            return null;
        }).start();
    }

    private void saveCurrency() {
        Journal into = journal;
        if (loading || into == null) {
            return;
        }
        Currency chosen;
        try {
            chosen = Input.currency(Field.CURRENCY, currency.getText());
        } catch (ValidationException e) {
            currencyProblem.setText(messages.describe(e.violations().getFirst()));
            return;
        }
        if (chosen == null) {
            currencyProblem.setText(messages.describe(com.dealjournal.model.Violation.of(Field.CURRENCY,
                    "validation.required")));
            return;
        }
        currencyProblem.setText("");
        currency.setText(chosen.getCurrencyCode());
        async.run(() -> {
            into.settings().setDefaultCurrency(chosen);
            return null;
        }).onSuccess(ignored -> journalSettingsChanged.run()).start();
    }
}
