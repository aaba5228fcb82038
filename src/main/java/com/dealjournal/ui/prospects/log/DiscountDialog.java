package com.dealjournal.ui.prospects.log;

import com.dealjournal.model.Event;
import com.dealjournal.model.Field;
import com.dealjournal.model.Response;
import com.dealjournal.ui.common.Icon;
import java.time.LocalDate;
import javafx.scene.control.ComboBox;
import javafx.scene.control.TextField;

/** They asked for a lower price: what they asked, whether I held, traded or conceded, and what it cost. */
final class DiscountDialog extends EventDialog {

    private final Event.Discount initial;
    private final TextField askedPercent;
    private final TextField askedAmount;
    private final Choice<Response> response;
    private final TextField concededAmount;
    private final ComboBox<String> tradedFor;

    DiscountDialog(LogContext context, Event.Discount initial) {
        super(context, initial, LogStyles.DISCOUNT, Icon.DISCOUNT, "log.discount");
        this.initial = initial;
        askedPercent = row(messages.get("log.discount.askedPercent"),
                decimalField("log-asked-percent", initial.askedPercent()), Field.ASKED_PERCENT);
        askedAmount = row(messages.format("log.discount.askedAmount", context.currency()),
                decimalField("log-asked-amount", initial.askedAmount()), Field.ASKED_AMOUNT);
        response = Choices.response(messages, "log.discount", initial.response());
        row(messages.get("log.response"), response.node(), Field.RESPONSE);
        concededAmount = row(messages.format("log.discount.concededAmount", context.currency()),
                decimalField("log-conceded-amount", initial.concededAmount()), Field.CONCEDED_AMOUNT);
        tradedFor = tradedForRow(initial.tradedFor());
        noteRow(initial.note(), "log.note.prompt");

        concededAmount.disableProperty().bind(response.button(Response.HELD).selectedProperty());
        tradedFor.disableProperty().bind(response.button(Response.TRADED).selectedProperty().not());
        watch(response.selection());
        focusFirst(response.selected());
    }

    @Override
    protected Event read(Reading reading, LocalDate date, String note) {
        return new Event.Discount(initial.id(), initial.prospectId(), date,
                reading.decimal(Field.ASKED_PERCENT, askedPercent),
                reading.decimal(Field.ASKED_AMOUNT, askedAmount),
                response.value(),
                reading.decimal(Field.CONCEDED_AMOUNT, concededAmount),
                reading.line(tradedFor, tradedFor.getEditor()),
                note);
    }
}
