package com.dealjournal.ui.prospects.log;

import com.dealjournal.ui.common.IsoDateConverter;
import com.dealjournal.model.Chase;
import com.dealjournal.model.Event;
import com.dealjournal.model.Field;
import com.dealjournal.model.Reply;
import com.dealjournal.ui.common.Icon;
import java.time.LocalDate;
import java.util.List;
import javafx.scene.control.Label;

/**
 * I chased them, and how they replied. When this follow-up would be one too many since their last real
 * answer, a warning says so, counting on the date in the field; it never stops the saving.
 */
final class FollowUpDialog extends EventDialog {

    private final Event.FollowUp initial;
    private final Choice<Reply> reply;
    private final Label warning = new Label();
    private final List<Event> history;
    private final int chaseLimit;

    FollowUpDialog(LogContext context, Event.FollowUp initial, List<Event> history, int chaseLimit) {
        super(context, initial, LogStyles.FOLLOW_UP, Icon.FOLLOW_UP, "log.followUp");
        if (chaseLimit < Chase.MIN_LIMIT || chaseLimit > Chase.MAX_LIMIT) {
            throw new IllegalArgumentException("chase limit " + chaseLimit + " is not within "
                    + Chase.MIN_LIMIT + "-" + Chase.MAX_LIMIT);
        }
        this.initial = initial;
        this.history = List.copyOf(history);
        this.chaseLimit = chaseLimit;
        reply = Choices.reply(messages, initial.reply());
        row(messages.get("log.followUp.reply"), reply.node(), Field.REPLY);
        warning.setId("log-chase-warning");
        warning.getStyleClass().add(LogStyles.CHASE_WARNING);
        warning.setGraphic(Icon.CHASE_LIMIT.node(18));
        warning.setWrapText(true);
        warning.setPrefWidth(240);
        warning.setMaxWidth(Double.MAX_VALUE);
        fullRow(warning);
        noteRow(initial.note(), "log.note.prompt");

        date.getEditor().textProperty().addListener(o -> updateWarning());
        updateWarning();
        watch(reply.selection());
        focusFirst(reply.selected());
    }

    private void updateWarning() {
        LocalDate day = IsoDateConverter.parse(date.getEditor().getText());
        int streak = day == null ? 0 : Chase.streakBefore(history, day);
        boolean excess = day != null && Chase.isExcess(streak, chaseLimit);
        if (excess) {
            warning.setText(messages.format("log.followUp.chaseWarning",
                    Ordinal.of(messages, streak + 1), context.prospectName()));
        }
        warning.setVisible(excess);
        warning.setManaged(excess);
    }

    @Override
    protected Event read(Reading reading, LocalDate date, String note) {
        return new Event.FollowUp(initial.id(), initial.prospectId(), date, reply.value(), note);
    }
}
