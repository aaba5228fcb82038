package com.dealjournal.ui.prospects.log;

import com.dealjournal.i18n.Messages;
import com.dealjournal.model.Initiator;
import com.dealjournal.model.Reply;
import com.dealjournal.model.Response;
import com.dealjournal.ui.common.Icon;
import java.util.List;

/** The choices of the quick-log dialogs, with the ids, texts and icons of their buttons. */
final class Choices {

    private Choices() {
    }

    /** Held, traded, conceded, in the words of a discount ({@code log.discount}) or of scope ({@code log.scope}). */
    static Choice<Response> response(Messages messages, String keys, Response selected) {
        return new Choice<>(messages, "log-response", List.of(
                new Choice.Option<>(Response.HELD, "log-response-held", keys + ".held", Icon.HELD),
                new Choice.Option<>(Response.TRADED, "log-response-traded", keys + ".traded", Icon.TRADED),
                new Choice.Option<>(Response.CONCEDED, "log-response-conceded", keys + ".conceded", Icon.CONCEDED)),
                selected);
    }

    static Choice<Initiator> initiator(Messages messages, Initiator selected) {
        return new Choice<>(messages, "log-initiator", List.of(
                new Choice.Option<>(Initiator.THEM, "log-initiator-them", "log.scope.them", Icon.ASKED_BY_THEM),
                new Choice.Option<>(Initiator.ME, "log-initiator-me", "log.scope.me", Icon.OFFERED_BY_ME)),
                selected);
    }

    static Choice<Reply> reply(Messages messages, Reply selected) {
        return new Choice<>(messages, "log-reply", List.of(
                new Choice.Option<>(Reply.NONE, "log-reply-none", "log.followUp.none", Icon.NO_REPLY),
                new Choice.Option<>(Reply.PUT_OFF, "log-reply-putoff", "log.followUp.putOff", Icon.PUT_OFF),
                new Choice.Option<>(Reply.ANSWERED, "log-reply-answered", "log.followUp.answered", Icon.ANSWERED)),
                selected);
    }
}
