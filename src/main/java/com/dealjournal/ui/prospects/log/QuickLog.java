package com.dealjournal.ui.prospects.log;

import com.dealjournal.i18n.Messages;
import com.dealjournal.model.Event;
import com.dealjournal.model.Prospect;
import com.dealjournal.model.ProspectStatus;
import com.dealjournal.ui.common.Formats;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import javafx.stage.Window;

/**
 * The quick-log dialogs of a prospect: a discount request, extra scope, a follow-up, a note, and
 * closing the deal. Each shows a modal dialog owned by {@code owner} and waits for it (call on the FX
 * thread); it returns what to save, or empty when the user cancelled. Nothing is saved here: a new event
 * comes back with id 0 and the prospect's id, an edited one with its own id.
 */
public final class QuickLog {

    private final Messages messages;
    private final Formats formats;

    public QuickLog(Messages messages, Formats formats) {
        this.messages = messages;
        this.formats = formats;
    }

    public Optional<Event> discount(Window owner, Prospect prospect, LocalDate today, LogDefaults defaults) {
        return new DiscountDialog(context(owner, prospect), new Event.Discount(0, prospect.id(), today,
                null, null, defaults.discountResponse(), null, null, null)).showAndWait();
    }

    public Optional<Event> scope(Window owner, Prospect prospect, LocalDate today, LogDefaults defaults) {
        return new ScopeDialog(context(owner, prospect), new Event.Scope(0, prospect.id(), today,
                defaults.scopeInitiator(), defaults.scopeResponse(), null, null, null)).showAndWait();
    }

    /**
     * @param history    the prospect's events, for the warning when this follow-up would be one too many
     * @param chaseLimit how many unanswered follow-ups are fine, 0-20 ({@link com.dealjournal.model.Chase})
     */
    public Optional<Event> followUp(Window owner, Prospect prospect, LocalDate today, LogDefaults defaults,
                                    List<Event> history, int chaseLimit) {
        return new FollowUpDialog(context(owner, prospect),
                new Event.FollowUp(0, prospect.id(), today, defaults.followUpReply(), null),
                history, chaseLimit).showAndWait();
    }

    public Optional<Event> note(Window owner, Prospect prospect, LocalDate today) {
        return new NoteDialog(context(owner, prospect), new Event.Note(0, prospect.id(), today, null)).showAndWait();
    }

    /**
     * The same dialog as the event's type, pre-filled from {@code existing}; returns the changed event with
     * the same id.
     *
     * @param history the prospect's other events, without {@code existing}
     */
    public Optional<Event> edit(Window owner, Prospect prospect, Event existing, List<Event> history,
                                int chaseLimit) {
        LogContext context = context(owner, prospect);
        EventDialog dialog = switch (existing) {
            case Event.Discount discount -> new DiscountDialog(context, discount);
            case Event.Scope scope -> new ScopeDialog(context, scope);
            case Event.FollowUp followUp -> new FollowUpDialog(context, followUp, history, chaseLimit);
            case Event.Note note -> new NoteDialog(context, note);
        };
        return dialog.showAndWait();
    }

    /**
     * Closing a deal as {@code WON}, {@code LOST}, {@code DECLINED} or {@code STALLED}: the closed-on date
     * (today unless changed) and, only for {@code WON}, the final price, pre-filled with the list price.
     */
    public Optional<Closing> close(Window owner, Prospect prospect, ProspectStatus status, LocalDate today) {
        return new CloseDialog(context(owner, prospect), status, today).showAndWait();
    }

    private LogContext context(Window owner, Prospect prospect) {
        return new LogContext(messages, formats, owner, prospect);
    }
}
