package com.dealjournal.ui.prospects.log;

import com.dealjournal.model.Initiator;
import com.dealjournal.model.Reply;
import com.dealjournal.model.Response;
import java.util.Objects;

/**
 * Defaults that make the common case one key and Enter: what each quick-log dialog has selected when
 * it opens.
 */
public record LogDefaults(Response discountResponse, Initiator scopeInitiator, Response scopeResponse,
                          Reply followUpReply) {

    /** Held my price, they asked for the extra work and I declined it, no reply to my follow-up. */
    public static final LogDefaults STANDARD =
            new LogDefaults(Response.HELD, Initiator.THEM, Response.HELD, Reply.NONE);

    public LogDefaults {
        Objects.requireNonNull(discountResponse, "discountResponse");
        Objects.requireNonNull(scopeInitiator, "scopeInitiator");
        Objects.requireNonNull(scopeResponse, "scopeResponse");
        Objects.requireNonNull(followUpReply, "followUpReply");
    }
}
