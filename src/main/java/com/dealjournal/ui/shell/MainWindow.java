package com.dealjournal.ui.shell;

import com.dealjournal.i18n.Messages;
import com.dealjournal.ui.common.Icon;
import com.dealjournal.ui.common.Styles;
import java.util.EnumMap;
import java.util.Map;
import javafx.beans.value.ObservableBooleanValue;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;

/** The application shell: menu bar, navigation on the left, the current section, the status bar. */
public final class MainWindow {

    private final BorderPane root = new BorderPane();
    private final ToggleGroup navigation = new ToggleGroup();
    private final Map<Section, ToggleButton> navButtons = new EnumMap<>(Section.class);
    private final StackPane content = new StackPane();
    private final VBox top = new VBox();
    private final VBox nav = new VBox(4);
    private final StatusBar statusBar;
    final MenuItem openJournal;
    final MenuItem newJournal;
    final MenuItem importCsv;
    final MenuItem importJson;
    final MenuItem exportCsv;
    final MenuItem exportJson;
    final MenuItem backUpNow;
    final MenuItem restoreBackup;
    final MenuItem quit;

    MainWindow(Messages messages, ObservableBooleanValue busy) {
        openJournal = menuItem(messages.get("menu.file.open"), Icon.OPEN_FILE, "Shortcut+O");
        newJournal = menuItem(messages.get("menu.file.new"), Icon.NEW_FILE, "Shortcut+Shift+N");
        importCsv = menuItem(messages.get("menu.file.importCsv"), Icon.IMPORT, null);
        importJson = menuItem(messages.get("menu.file.importJson"), null, null);
        exportCsv = menuItem(messages.get("menu.file.exportCsv"), Icon.EXPORT, null);
        exportJson = menuItem(messages.get("menu.file.exportJson"), null, null);
        backUpNow = menuItem(messages.get("menu.file.backUpNow"), Icon.BACKUP, null);
        restoreBackup = menuItem(messages.get("menu.file.restoreBackup"), Icon.RESTORE_BACKUP, null);
        quit = menuItem(messages.get("menu.file.quit"), null, "Shortcut+Q");
        Menu file = new Menu(messages.get("menu.file"), null, openJournal, newJournal, new SeparatorMenuItem(),
                importCsv, importJson, exportCsv, exportJson, new SeparatorMenuItem(), backUpNow, restoreBackup, new SeparatorMenuItem(), quit);
        // JavaFX writes a menu's shortcuts with the English key names: Ctrl+O even in German
        file.setOnShown(e -> file.getItems().forEach(item -> keyNamesIn(item, messages)));
        top.getChildren().add(new MenuBar(file));
        root.setTop(top);

        nav.getStyleClass().add(Styles.NAVIGATION);
        int number = 1;
        for (Section section : Section.values()) {
            String label = messages.get(section.labelKey());
            ToggleButton button = new ToggleButton(label, section.icon().node(20));
            button.setId("nav-" + section.name().toLowerCase(java.util.Locale.ROOT));
            button.getStyleClass().addAll(Styles.NAV_BUTTON, atlantafx.base.theme.Styles.FLAT);
            button.setToggleGroup(navigation);
            button.setMaxWidth(Double.MAX_VALUE);
            button.setTooltip(new Tooltip(messages.format("nav.tooltip", label, number)));
            button.setAccessibleText(label);
            button.setUserData(section);
            navButtons.put(section, button);
            nav.getChildren().add(button);
            number++;
        }
        // one section is always selected: clicking the selected button again keeps it
        navigation.selectedToggleProperty().addListener((obs, old, now) -> {
            if (now == null && old != null) {
                old.setSelected(true);
            }
        });
        root.setLeft(nav);

        content.setId("content");
        root.setCenter(content);
        statusBar = new StatusBar(busy);
        root.setBottom(statusBar);
    }

    public Parent root() {
        return root;
    }

    ToggleGroup navigation() {
        return navigation;
    }

    /** The section shown now. */
    Section selected() {
        return (Section) navigation.getSelectedToggle().getUserData();
    }

    void select(Section section) {
        navButtons.get(section).setSelected(true);
    }

    /** The keys Ctrl+1, Ctrl+2 … that jump to each section. */
    static KeyCombination shortcut(Section section) {
        return new KeyCodeCombination(KeyCode.valueOf("DIGIT" + (section.ordinal() + 1)), KeyCombination.SHORTCUT_DOWN);
    }

    /** A bar under the menu, above everything else. */
    void addBanner(Node banner) {
        top.getChildren().add(banner);
    }

    /** Turns off what needs an open journal: the navigation and the File menu's journal commands. */
    void setJournalControlsDisabled(boolean disabled) {
        nav.setDisable(disabled);
        for (MenuItem item : new MenuItem[] {importCsv, importJson, exportCsv, exportJson, backUpNow, restoreBackup}) {
            item.setDisable(disabled);
        }
    }

    void showContent(Node node) {
        content.getChildren().setAll(node);
    }

    StatusBar statusBar() {
        return statusBar;
    }

    /** Names the keys of a showing menu item's shortcut in the user's language ("Strg+O"); macOS's symbols stay. */
    private static void keyNamesIn(MenuItem item, Messages messages) {
        Node shown = item.getStyleableNode();
        if (item.getAccelerator() != null && shown != null
                && shown.lookup(".accelerator-text") instanceof javafx.scene.control.Label shortcut) {
            shortcut.setText(item.getAccelerator().getDisplayText()
                    .replace(KeyCode.CONTROL.getName(), messages.get("key.ctrl.name"))
                    .replace(KeyCode.SHIFT.getName(), messages.get("key.shift.name")));
        }
    }

    private static MenuItem menuItem(String text, Icon icon, String accelerator) {
        MenuItem item = new MenuItem(text, icon == null ? null : icon.node(16));
        if (accelerator != null) {
            item.setAccelerator(KeyCombination.keyCombination(accelerator));
        }
        return item;
    }
}
