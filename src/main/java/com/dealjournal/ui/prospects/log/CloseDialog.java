package com.dealjournal.ui.prospects.log;

import com.dealjournal.model.Field;
import com.dealjournal.model.Prospect;
import com.dealjournal.model.ProspectStatus;
import com.dealjournal.model.Violation;
import com.dealjournal.ui.common.Icon;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;

/**
 * Closing a deal as won, lost, declined or stalled: a sentence about what that means, the closed-on
 * date, and for a won deal its final price, pre-filled with the list price. Declining is said to be
 * what it is, dealing on eye level.
 */
final class CloseDialog extends LogDialog<Closing> {

    private static final List<String> FIELDS = List.of(Field.CLOSED_ON, Field.FINAL_PRICE);

    private final ProspectStatus status;
    private final DatePicker closedOn;
    private final TextField finalPrice;

    CloseDialog(LogContext context, ProspectStatus status, LocalDate today) {
        super(context, LogStyles.CLOSE_DEAL, icon(status),
                context.messages().format("close.title", context.prospectName()),
                context.messages().format("close.header." + key(status), context.prospectName()));
        this.status = status;
        Label message = new Label(messages.get("close.message." + key(status)));
        message.setId("close-message");
        message.getStyleClass().addAll(LogStyles.CLOSE_MESSAGE, key(status));
        message.setWrapText(true);
        message.setPrefWidth(240);
        message.setMaxWidth(Double.MAX_VALUE);
        fullRow(message);
        closedOn = row(messages.get("close.date"), datePicker("close-date", today), Field.CLOSED_ON);
        finalPrice = status != ProspectStatus.WON ? null
                : row(messages.format("close.finalPrice", context.currency()),
                        decimalField("close-final-price", context.prospect().listPrice()), Field.FINAL_PRICE);
        focusFirst(finalPrice != null ? finalPrice : closedOn);
    }

    private static String key(ProspectStatus status) {
        if (!status.isClosed()) {
            throw new IllegalArgumentException("a deal is closed as won, lost, declined or stalled, not " + status);
        }
        return status.name().toLowerCase(Locale.ROOT);
    }

    private static Icon icon(ProspectStatus status) {
        return switch (status) {
            case WON -> Icon.WON;
            case LOST -> Icon.LOST;
            case DECLINED -> Icon.DECLINED;
            case STALLED, OPEN -> Icon.STALLED;
        };
    }

    @Override
    protected Closing read(Reading reading) {
        LocalDate day = reading.date(Field.CLOSED_ON, closedOn);
        BigDecimal price = finalPrice == null ? null : reading.decimal(Field.FINAL_PRICE, finalPrice);
        Prospect p = context.prospect();
        Prospect closed = new Prospect(p.id(), p.name(), p.company(), p.contact(), p.source(), p.firstContact(),
                status, day, p.currency(), p.listPrice(), p.walkAwayPrice(), price, p.gutFeeling(), p.notes());
        List<Violation> verdict = closed.validate().stream().filter(v -> FIELDS.contains(v.field())).toList();
        reading.check(verdict);
        return new Closing(status, day, price);
    }
}
