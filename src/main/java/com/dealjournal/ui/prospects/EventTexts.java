package com.dealjournal.ui.prospects;

import com.dealjournal.i18n.Messages;
import com.dealjournal.model.Event;
import com.dealjournal.model.Initiator;
import com.dealjournal.model.Prospect;
import com.dealjournal.ui.common.Formats;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/** An event in words, in the user's language, with amounts in the prospect's currency. */
final class EventTexts {

    private final Messages messages;
    private final Formats formats;

    EventTexts(Messages messages, Formats formats) {
        this.messages = messages;
        this.formats = formats;
    }

    /** The kind of event: "Discount request", "Follow-up" … */
    String kind(Event event) {
        return messages.get("event.type." + event.type().name());
    }

    /** What happened, in one line. */
    String summary(Event event, Prospect prospect) {
        List<String> parts = new ArrayList<>();
        switch (event) {
            case Event.Discount d -> {
                List<String> asked = new ArrayList<>();
                if (d.askedPercent() != null) {
                    asked.add(formats.percent(d.askedPercent()));
                }
                if (d.askedAmount() != null) {
                    asked.add(money(d.askedAmount(), prospect));
                }
                if (!asked.isEmpty()) {
                    parts.add(messages.format("event.discount.asked", String.join(" / ", asked)));
                }
                parts.add(messages.get("event.discount.response." + d.response().name()));
                if (d.concededAmount() != null && d.concededAmount().signum() > 0) {
                    parts.add(messages.format("event.gave", money(d.concededAmount(), prospect)));
                }
                tradedFor(parts, d.tradedFor());
            }
            case Event.Scope s -> {
                parts.add(messages.get(s.initiator() == Initiator.ME ? "event.scope.offered" : "event.scope.asked"));
                if (s.value() != null) {
                    parts.add(messages.format("event.scope.value", money(s.value(), prospect)));
                }
                parts.add(messages.get("event.scope.response." + s.response().name()));
                tradedFor(parts, s.tradedFor());
            }
            case Event.FollowUp f -> parts.add(messages.get("event.reply." + f.reply().name()));
            case Event.Note n -> parts.add(firstLine(n.note()));
        }
        return String.join(" \u00b7 ", parts);
    }

    /** The note below the summary, if it has one beyond the summary itself. */
    String note(Event event) {
        return event instanceof Event.Note || event.note() == null ? null : event.note();
    }

    private void tradedFor(List<String> parts, String tradedFor) {
        if (tradedFor != null && !tradedFor.isBlank()) {
            parts.add(messages.format("event.tradedFor", tradedFor));
        }
    }

    private String money(BigDecimal amount, Prospect prospect) {
        return formats.money(amount, prospect.currency());
    }

    private static String firstLine(String text) {
        int end = text.indexOf('\n');
        return end < 0 ? text : text.substring(0, end) + " \u2026";
    }
}
