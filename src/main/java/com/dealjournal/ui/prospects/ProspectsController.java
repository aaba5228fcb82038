package com.dealjournal.ui.prospects;

import com.dealjournal.i18n.Messages;
import com.dealjournal.model.Chase;
import com.dealjournal.model.Event;
import com.dealjournal.model.Prospect;
import com.dealjournal.model.ProspectSummary;
import com.dealjournal.store.Journal;
import com.dealjournal.ui.common.Async;
import com.dealjournal.ui.common.Frames;
import com.dealjournal.ui.prospects.log.LogDefaults;
import java.util.Currency;
import java.util.List;
import java.util.Optional;
import javafx.collections.ListChangeListener;
import javafx.scene.control.TableColumn;

/**
 * The prospects screen's controller: loads the list with one query off the FX thread, keeps the
 * selection, the form and the timeline in step, and saves a prospect only whole and only when valid.
 * Changes to events and deals go through {@link JournalChanges}.
 */
final class ProspectsController {

    /**
     * What one background read brings back for the list; the quick log's defaults are read in a step of
     * their own after it ({@link #readDefaults}).
     */
    private record Snapshot(List<ProspectSummary> summaries, int chaseLimit, Currency defaultCurrency) {
    }

    private final Messages messages;
    private final Async async;
    private final ProspectListModel list;
    private final ProspectFormModel form;
    private final ProspectsView view;
    private final UndoHistory undo;
    private Journal journal;
    private int chaseLimit = Chase.DEFAULT_LIMIT;
    private Currency defaultCurrency = Currency.getInstance("EUR");
    private LogDefaults defaults = LogDefaults.STANDARD;
    private List<Event> events = List.of();
    private boolean creating;
    /** The list read on the journal thread as its journal opened, until {@link #show} takes it. */
    private volatile Prepared prepared;

    private record Prepared(Journal journal, Snapshot snapshot) {
    }

    ProspectsController(Messages messages, Async async, ProspectListModel list, ProspectFormModel form,
                        ProspectsView view, UndoHistory undo) {
        this.messages = messages;
        this.async = async;
        this.list = list;
        this.form = form;
        this.view = view;
        this.undo = undo;
        list.searchProperty().bind(view.search.textProperty());
        list.statusProperty().bind(view.statusFilter.valueProperty());
        list.waitingOnlyProperty().bind(view.waiting.selectedProperty());
        view.waiting.selectedProperty().addListener((obs, old, on) -> sortForWaiting(on));
        view.table.getSelectionModel().selectedItemProperty().addListener((obs, old, now) -> selected(now));
        view.table.getItems().addListener((ListChangeListener<ProspectSummary>) c -> keepSelectionVisible());
        form.dirtyProperty().addListener((obs, was, dirty) -> editingChanged());
        form.errorsProperty().addListener((obs, old, now) -> editingChanged());
        view.newProspect.setOnAction(e -> onNewProspect());
        view.firstProspect.setOnAction(e -> onNewProspect());
        view.detail.save.setOnAction(e -> onSave());
        view.detail.discard.setOnAction(e -> onDiscard());
        editingChanged();
    }

    /** Opens the screen on a journal: everything shown comes from it from now on. */
    void show(Journal opened) {
        journal = opened;
        creating = false;
        form.load(Prospect.named("", defaultCurrency)); // another journal: nothing of the old one stays
        view.showDetail(false);
        undo.clear();
        view.table.getSelectionModel().clearSelection();
        defaults = LogDefaults.STANDARD;
        Prepared ready = prepared;
        prepared = null;
        if (ready != null && ready.journal() == opened) {
            apply(ready.snapshot(), 0);
            readDefaultsAfterFrame();
        } else {
            reload(0);
        }
    }

    /**
     * Reads the list of a journal that has just opened, on the journal thread, so that {@link #show} has
     * it at once; a failure here is left to the ordinary read, which reports it. The quick log's
     * defaults are not read here: counting the journal's answers is four more passes over its events,
     * which the first screen does not need; they follow once it has been drawn.
     */
    void prepare(Journal opened) {
        try {
            prepared = new Prepared(opened, snapshot(opened));
        } catch (RuntimeException e) {
            prepared = null;
        }
    }

    private static Snapshot snapshot(Journal from) {
        return new Snapshot(from.prospects().summaries(), from.settings().chaseLimit(),
                from.settings().defaultCurrency());
    }

    /**
     * Reads the quick log's defaults once the screen has drawn the list (at once when it is not on a
     * window yet). Until then a dialog starts with the standard answers, as for a new journal; a failure
     * is left to the next read of the list, which reports it.
     */
    private void readDefaultsAfterFrame() {
        if (view.getScene() == null) {
            readDefaults();
        } else {
            Frames.afterFrame(view.getScene(), () -> true, this::readDefaults);
        }
    }

    /** Counts the journal's answers for the quick log's defaults in a step of its own. */
    private void readDefaults() {
        Journal from = journal;
        async.run(() -> LogDefaultsChooser.from(from))
                .onSuccess(counted -> {
                    if (from == journal) {
                        defaults = counted;
                    }
                })
                .onError(RuntimeException.class, ignored -> { })
                .start();
    }

    Journal journal() {
        return journal;
    }

    int chaseLimit() {
        return chaseLimit;
    }

    LogDefaults defaults() {
        return defaults;
    }

    /** The saved prospect being shown, if one is (not a new one being typed). */
    Optional<Prospect> current() {
        Prospect base = form.baseProperty().get();
        return creating || base == null || base.id() == 0 ? Optional.empty() : Optional.of(base);
    }

    /** The current prospect's events, in the order they were loaded. */
    List<Event> events() {
        return events;
    }

    boolean isEditing() {
        return creating || form.dirtyProperty().get();
    }

    /**
     * Reads the list again and then selects {@code selectId}, or keeps the current selection when 0. The
     * quick log's defaults are counted again after the list is shown (four more passes over the events,
     * 0.1 s at 10,000 prospects), so that a saved change reaches the list without waiting for them.
     */
    void reload(long selectId) {
        Journal from = journal;
        long keep = selectId != 0 ? selectId : current().map(Prospect::id).orElse(0L);
        async.run(() -> snapshot(from))
                .onSuccess(snapshot -> {
                    if (from == journal) {
                        apply(snapshot, keep);
                        readDefaults();
                    }
                })
                .start();
    }

    private void apply(Snapshot snapshot, long selectId) {
        chaseLimit = snapshot.chaseLimit();
        defaultCurrency = snapshot.defaultCurrency();
        view.table.chaseLimitProperty().set(chaseLimit);
        list.setAll(snapshot.summaries());
        view.showEmptyJournal(list.isEmpty() && !creating);
        if (selectId != 0) {
            select(selectId);
        } else if (!creating) {
            view.table.getSelectionModel().clearSelection();
        }
    }

    private void select(long prospectId) {
        view.table.getItems().stream().filter(s -> s.prospect().id() == prospectId).findFirst()
                .ifPresentOrElse(summary -> {
                    view.table.getSelectionModel().select(summary);
                    view.table.scrollTo(summary);
                    // the same prospect may come back as a new summary: show its fresh data either way
                    selected(summary);
                }, () -> {
                    view.table.getSelectionModel().clearSelection();
                    list.find(prospectId).ifPresentOrElse(this::selected, () -> selected(null));
                });
    }

    private void selected(ProspectSummary summary) {
        if (isEditing()) {
            return; // a reload while the user types (say, after a settings change) leaves the form alone
        }
        if (summary == null) {
            view.showDetail(false);
            return;
        }
        Prospect prospect = summary.prospect();
        form.load(prospect);
        view.detail.showHeading(prospect);
        view.showDetail(true);
        loadEvents(prospect);
    }

    private void loadEvents(Prospect prospect) {
        Journal from = journal;
        async.run(() -> from.events().findByProspect(prospect.id()))
                .onSuccess(loaded -> {
                    if (current().map(Prospect::id).orElse(-1L) == prospect.id()) {
                        events = loaded;
                        view.detail.timeline.show(prospect, loaded);
                    }
                })
                .start();
    }

    private void keepSelectionVisible() {
        ProspectSummary selected = view.table.getSelectionModel().getSelectedItem();
        if (selected != null) {
            view.table.scrollTo(selected);
        }
    }

    /** While a prospect is being edited, the rest of the screen waits: nothing is ever half-saved. */
    private void editingChanged() {
        boolean editing = isEditing();
        boolean valid = form.errorsProperty().get().isEmpty();
        view.detail.save.setDisable(!editing || !valid);
        view.detail.discard.setDisable(!editing);
        view.table.setDisable(editing);
        view.newProspect.setDisable(editing);
        view.detail.log.values().forEach(button -> button.setDisable(editing));
        view.detail.close.values().forEach(button -> button.setDisable(editing));
        view.detail.reopen.setDisable(editing);
        view.detail.delete.setDisable(creating);
        view.listHint.setVisible(editing);
        view.listHint.setText(messages.get("prospects.finishEditing"));
        view.detail.editingHint.setText(editing && !valid ? messages.get("prospect.fixProblems") : "");
    }

    /** Starts a new prospect in the form; it is saved only with Save. */
    void onNewProspect() {
        if (isEditing() || journal == null) {
            return;
        }
        creating = true;
        view.table.getSelectionModel().clearSelection();
        Prospect draft = Prospect.named("", defaultCurrency);
        form.load(draft);
        events = List.of();
        view.detail.showHeading(draft);
        view.detail.timeline.show(draft, List.of());
        view.showEmptyJournal(false);
        view.showDetail(true);
        editingChanged();
        // lay the form out first: a control without its skin cannot take the focus
        view.applyCss();
        view.layout();
        view.detail.form.control(com.dealjournal.model.Field.NAME).requestFocus();
    }

    void onSave() {
        Optional<Prospect> edited = form.result();
        if (!isEditing() || edited.isEmpty()) {
            return;
        }
        Prospect prospect = edited.get();
        Prospect before = form.baseProperty().get();
        Journal into = journal;
        async.run(() -> {
            if (prospect.id() == 0) {
                return into.prospects().insert(prospect);
            }
            into.prospects().update(prospect);
            return prospect;
        }).onSuccess(saved -> {
            if (prospect.id() == 0) {
                undo.record(messages.format("undo.create", saved.name()), 0,
                        () -> into.prospects().delete(saved.id()));
            } else {
                undo.record(messages.format("undo.edit", saved.name()), saved.id(),
                        () -> into.prospects().update(before));
            }
            creating = false;
            form.load(saved);
            view.detail.showHeading(saved);
            editingChanged();
            reload(saved.id());
            // back to the list, where D, S, F and N log for the prospect just saved
            view.table.requestFocus();
        }).start();
    }

    void onDiscard() {
        if (creating) {
            creating = false;
            form.load(Prospect.named("", defaultCurrency));
            view.showDetail(false);
            view.showEmptyJournal(list.isEmpty());
            editingChanged();
            return;
        }
        Prospect base = form.baseProperty().get();
        if (base != null) {
            form.load(base);
        }
    }

    private void sortForWaiting(boolean waitingOnly) {
        TableColumn<ProspectSummary, ?> column = view.table.lastActivity;
        if (waitingOnly) {
            // the latest event of a waiting prospect is the follow-up they left unanswered: oldest first
            column.setSortType(TableColumn.SortType.ASCENDING);
            view.table.getSortOrder().setAll(List.of(column));
        } else {
            view.table.getSortOrder().clear();
        }
    }

    /** Called after any change to a prospect's journal: fresh counts and timeline. */
    void changed(long prospectId) {
        reload(prospectId);
    }

    void focusList() {
        view.table.requestFocus();
    }

    void focusSearch() {
        view.search.requestFocus();
        view.search.selectAll();
    }
}
