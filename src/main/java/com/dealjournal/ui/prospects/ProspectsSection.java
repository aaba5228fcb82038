package com.dealjournal.ui.prospects;

import com.dealjournal.i18n.Messages;
import com.dealjournal.model.EventType;
import com.dealjournal.store.Journal;
import com.dealjournal.ui.common.Async;
import com.dealjournal.ui.common.Formats;
import com.dealjournal.ui.common.SectionView;
import com.dealjournal.ui.prospects.log.QuickLog;
import java.time.Clock;
import javafx.event.EventHandler;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.ComboBoxBase;
import javafx.scene.control.TextInputControl;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;

/**
 * The prospects section: the list, the selected prospect and quick logging. Its keyboard shortcuts work
 * anywhere in the window while the section is shown: D, S, F, N log an event for the selected prospect
 * (unless the focus is in a text field), Ctrl+N starts a new prospect, Ctrl+F searches, Ctrl+S saves,
 * Esc discards (or, with nothing to discard, goes back to the list), Ctrl+Z undoes, Delete deletes what
 * is selected, Enter edits the selected event. Closing buttons carry Alt mnemonics (Alt+W won …).
 */
public final class ProspectsSection implements SectionView {

    private final ProspectsView view;
    private final ProspectsController controller;
    private final JournalChanges changes;
    private final EventHandler<KeyEvent> keys = this::onKey;

    public ProspectsSection(Messages messages, Async async, Clock clock) {
        Formats formats = new Formats(messages.locale());
        ProspectListModel list = new ProspectListModel();
        ProspectFormModel form = new ProspectFormModel(messages);
        UndoHistory undo = new UndoHistory();
        view = new ProspectsView(messages, formats, list, form);
        controller = new ProspectsController(messages, async, list, form, view, undo);
        changes = new JournalChanges(messages, async, new QuickLog(messages, formats), clock, controller, view, undo);
        view.undo.setOnAction(e -> changes.onUndo());
        view.undo.disableProperty().bind(undo.nextProperty().isEmpty());
        undo.nextProperty().addListener((obs, old, next) -> view.undo.setTooltip(next.isEmpty() ? null
                : new javafx.scene.control.Tooltip(messages.format("prospects.undo.tooltip", next))));
        view.sceneProperty().addListener((obs, old, now) -> moveKeys(old, now));
    }

    @Override
    public Node node() {
        return view;
    }

    @Override
    public void show(Journal journal) {
        controller.show(journal);
    }

    /** Reads the list of a journal just opened; on the journal thread, before {@link #show}. */
    public void prepare(Journal journal) {
        controller.prepare(journal);
    }

    /** Reads the list again, as after the journal's settings changed. */
    public void refresh() {
        if (controller.journal() != null) {
            controller.reload(0);
        }
    }

    /** The shortcuts belong to the window only while this section is in it. */
    private void moveKeys(Scene from, Scene to) {
        if (from != null) {
            from.removeEventFilter(KeyEvent.KEY_PRESSED, keys);
        }
        if (to != null) {
            to.addEventFilter(KeyEvent.KEY_PRESSED, keys);
        }
    }

    private void onKey(KeyEvent key) {
        if (!view.isVisible()) {
            return;
        }
        Node focus = view.getScene().getFocusOwner();
        boolean typing = focus instanceof TextInputControl || focus instanceof ComboBoxBase<?>;
        Runnable action = shortcut(key, typing, focus);
        if (action != null) {
            key.consume();
            action.run();
        }
    }

    private Runnable shortcut(KeyEvent key, boolean typing, Node focus) {
        KeyCode code = key.getCode();
        if (key.isShortcutDown() && !key.isAltDown()) {
            return switch (code) {
                case N -> key.isShiftDown() ? null : controller::onNewProspect;
                case F -> controller::focusSearch;
                case S -> controller::onSave;
                case Z -> typing ? null : changes::onUndo;
                default -> null;
            };
        }
        if (key.isAltDown() || key.isShortcutDown() || key.isMetaDown()) {
            return null;
        }
        if (code == KeyCode.ESCAPE) {
            // Esc discards an edit; with nothing to discard it takes the focus back to the list
            return controller.isEditing() ? controller::onDiscard : controller::focusList;
        }
        if (typing) {
            return null;
        }
        return switch (code) {
            case D -> () -> changes.onLog(EventType.DISCOUNT);
            case S -> () -> changes.onLog(EventType.SCOPE);
            case F -> () -> changes.onLog(EventType.FOLLOW_UP);
            case N -> () -> changes.onLog(EventType.NOTE);
            case DELETE -> focus == view.detail.timeline ? changes::onDeleteEvent
                    : focus == view.table ? changes::onDeleteProspect : null;
            case ENTER -> focus == view.detail.timeline ? changes::onEditEvent : null;
            default -> null;
        };
    }
}
