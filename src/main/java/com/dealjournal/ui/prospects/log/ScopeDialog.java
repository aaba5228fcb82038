package com.dealjournal.ui.prospects.log;

import com.dealjournal.model.Event;
import com.dealjournal.model.Field;
import com.dealjournal.model.Initiator;
import com.dealjournal.model.Response;
import com.dealjournal.ui.common.Icon;
import java.time.LocalDate;
import javafx.scene.control.ComboBox;
import javafx.scene.control.TextField;

/**
 * Extra work beyond the quote: who brought it up, whether I declined, charged or traded, or did it for
 * free. Work I offered myself cannot be "declined"; the model's message says so under the choice.
 */
final class ScopeDialog extends EventDialog {

    private final Event.Scope initial;
    private final Choice<Initiator> initiator;
    private final Choice<Response> response;
    private final TextField value;
    private final ComboBox<String> tradedFor;

    ScopeDialog(LogContext context, Event.Scope initial) {
        super(context, initial, LogStyles.SCOPE, Icon.SCOPE, "log.scope");
        this.initial = initial;
        initiator = Choices.initiator(messages, initial.initiator());
        row(messages.get("log.scope.initiator"), initiator.node(), Field.INITIATOR);
        response = Choices.response(messages, "log.scope", initial.response());
        row(messages.get("log.response"), response.node(), Field.RESPONSE);
        value = row(messages.format("log.scope.value", context.currency()),
                decimalField("log-value", initial.value()), Field.VALUE);
        tradedFor = tradedForRow(initial.tradedFor());
        noteRow(initial.note(), "log.note.prompt");

        tradedFor.disableProperty().bind(response.button(Response.TRADED).selectedProperty().not());
        watch(initiator.selection(), response.selection());
        focusFirst(response.selected());
    }

    @Override
    protected Event read(Reading reading, LocalDate date, String note) {
        return new Event.Scope(initial.id(), initial.prospectId(), date, initiator.value(), response.value(),
                reading.decimal(Field.VALUE, value), reading.line(tradedFor, tradedFor.getEditor()), note);
    }
}
