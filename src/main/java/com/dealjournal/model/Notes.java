package com.dealjournal.model;

import java.util.List;

/** Free text outside a prospect or an event, such as a month's reflection note: the same rules as all notes. */
public final class Notes {

    private Notes() {
    }

    /** The rules a note breaks: at most {@link Limits#LONG_TEXT} characters. */
    public static List<Violation> validate(String field, String text) {
        return new Checks().text(field, text).result();
    }
}
