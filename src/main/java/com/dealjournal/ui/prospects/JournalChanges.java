package com.dealjournal.ui.prospects;

import com.dealjournal.i18n.Messages;
import com.dealjournal.model.Event;
import com.dealjournal.model.EventType;
import com.dealjournal.model.Prospect;
import com.dealjournal.model.ProspectStatus;
import com.dealjournal.store.Journal;
import com.dealjournal.ui.common.Async;
import com.dealjournal.ui.common.Confirm;
import com.dealjournal.ui.prospects.log.Closing;
import com.dealjournal.ui.prospects.log.QuickLog;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import javafx.stage.Window;

/**
 * Everything that changes a prospect's journal after it exists: logging, editing and deleting events,
 * closing, declining and reopening the deal, deleting the prospect, and undoing each of these. Every
 * change is one committed transaction, recorded in the undo history once it has been saved.
 */
final class JournalChanges {

    private final Messages messages;
    private final Async async;
    private final QuickLog quickLog;
    private final Clock clock;
    private final ProspectsController screen;
    private final ProspectsView view;
    private final UndoHistory undo;

    JournalChanges(Messages messages, Async async, QuickLog quickLog, Clock clock, ProspectsController screen,
                   ProspectsView view, UndoHistory undo) {
        this.messages = messages;
        this.async = async;
        this.quickLog = quickLog;
        this.clock = clock;
        this.screen = screen;
        this.view = view;
        this.undo = undo;
        view.detail.log.forEach((type, button) -> button.setOnAction(e -> onLog(type)));
        view.detail.close.forEach((status, button) -> button.setOnAction(e -> onClose(status)));
        view.detail.reopen.setOnAction(e -> onReopen());
        view.detail.delete.setOnAction(e -> onDeleteProspect());
        view.detail.editEvent.setOnAction(e -> onEditEvent());
        view.detail.deleteEvent.setOnAction(e -> onDeleteEvent());
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }

    private Window window() {
        return view.getScene().getWindow();
    }

    /** Opens the quick-log dialog of a kind for the shown prospect and saves what it returns. */
    void onLog(EventType type) {
        Optional<Prospect> shown = screen.current();
        if (shown.isEmpty() || screen.isEditing()) {
            return;
        }
        Prospect prospect = shown.get();
        Optional<Event> logged = switch (type) {
            case DISCOUNT -> quickLog.discount(window(), prospect, today(), screen.defaults());
            case SCOPE -> quickLog.scope(window(), prospect, today(), screen.defaults());
            case FOLLOW_UP -> quickLog.followUp(window(), prospect, today(), screen.defaults(), screen.events(),
                    screen.chaseLimit());
            case NOTE -> quickLog.note(window(), prospect, today());
        };
        logged.ifPresent(event -> change(prospect, journal -> {
            Event saved = journal.events().insert(event.withProspectId(prospect.id()));
            return () -> journal.events().delete(saved.id());
        }, messages.format("undo.log", messages.get("event.type." + type.name()), prospect.name())));
    }

    void onEditEvent() {
        Event existing = view.detail.timeline.getSelectionModel().getSelectedItem();
        Optional<Prospect> shown = screen.current();
        if (existing == null || shown.isEmpty() || screen.isEditing()) {
            return;
        }
        List<Event> others = screen.events().stream().filter(e -> e.id() != existing.id()).toList();
        quickLog.edit(window(), shown.get(), existing, others, screen.chaseLimit())
                .ifPresent(edited -> change(shown.get(), journal -> {
                    journal.events().update(edited);
                    return () -> journal.events().update(existing);
                }, messages.format("undo.editEvent", messages.get("event.type." + existing.type().name()))));
    }

    void onDeleteEvent() {
        Event existing = view.detail.timeline.getSelectionModel().getSelectedItem();
        Optional<Prospect> shown = screen.current();
        if (existing == null || shown.isEmpty() || screen.isEditing()) {
            return;
        }
        change(shown.get(), journal -> {
            journal.events().delete(existing.id());
            return () -> journal.events().insertKeepingId(existing);
        }, messages.format("undo.deleteEvent", messages.get("event.type." + existing.type().name())));
    }

    /** Deletes the shown prospect; one with events only after the user confirmed. */
    void onDeleteProspect() {
        Optional<Prospect> shown = screen.current();
        if (shown.isEmpty() || screen.isEditing()) {
            return;
        }
        Prospect prospect = shown.get();
        List<Event> itsEvents = List.copyOf(screen.events());
        if (!itsEvents.isEmpty() && !Confirm.ask(window(), messages.format("prospect.delete.header", prospect.name()),
                messages.format("prospect.delete.text", prospect.name(), itsEvents.size()),
                messages.get("prospect.delete"), messages.get("dialog.cancel"))) {
            return;
        }
        change(prospect, journal -> {
            journal.prospects().delete(prospect.id());
            return () -> journal.restore(prospect, itsEvents);
        }, messages.format("undo.deleteProspect", prospect.name()));
    }

    void onClose(ProspectStatus status) {
        Optional<Prospect> shown = screen.current();
        if (shown.isEmpty() || screen.isEditing() || shown.get().status().isClosed()) {
            return;
        }
        Prospect before = shown.get();
        quickLog.close(window(), before, status, today()).ifPresent(closing -> {
            Prospect after = withStatus(before, closing);
            change(before, journal -> {
                journal.prospects().update(after);
                return () -> journal.prospects().update(before);
            }, messages.format("undo.close", before.name(), messages.get("status." + status.name())));
        });
    }

    void onReopen() {
        Optional<Prospect> shown = screen.current();
        if (shown.isEmpty() || screen.isEditing() || !shown.get().status().isClosed()) {
            return;
        }
        Prospect before = shown.get();
        Prospect after = withStatus(before, new Closing(ProspectStatus.OPEN, null, null));
        change(before, journal -> {
            journal.prospects().update(after);
            return () -> journal.prospects().update(before);
        }, messages.format("undo.reopen", before.name()));
    }

    /** Undoes the newest change of this session, if there is one. */
    void onUndo() {
        if (screen.isEditing()) {
            return;
        }
        undo.pop().ifPresent(step -> async.run(() -> {
            step.undo().run();
            return null;
        }).onSuccess(ignored -> screen.reload(step.prospectId())).start());
    }

    private static Prospect withStatus(Prospect p, Closing closing) {
        return new Prospect(p.id(), p.name(), p.company(), p.contact(), p.source(), p.firstContact(),
                closing.status(), closing.closedOn(), p.currency(), p.listPrice(), p.walkAwayPrice(),
                closing.finalPrice(), p.gutFeeling(), p.notes());
    }

    /** A change to the journal that knows how to reverse itself once it is saved. */
    @FunctionalInterface
    private interface Change {
        UndoHistory.JournalWork apply(Journal journal) throws Exception;
    }

    private void change(Prospect prospect, Change change, String description) {
        Journal journal = screen.journal();
        async.run(() -> change.apply(journal))
                .onSuccess(reverse -> {
                    undo.record(description, prospect.id(), reverse);
                    screen.reload(prospect.id());
                })
                .start();
    }
}
