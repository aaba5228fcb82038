package com.dealjournal.ui.prospects.log;

/** Style-class names of the quick-log dialogs, defined at the end of app.css. */
final class LogStyles {

    /** Every quick-log dialog pane, besides one of the kinds below. */
    static final String QUICK_LOG = "quick-log";
    static final String DISCOUNT = "log-discount";
    static final String SCOPE = "log-scope";
    static final String FOLLOW_UP = "log-followup";
    static final String NOTE = "log-note";
    static final String CLOSE_DEAL = "close-deal";

    static final String FORM = "log-form";
    static final String CAPTION = "log-caption";
    static final String CHOICE = "log-choice";
    static final String FIELD_ERROR = "field-error";
    static final String CHASE_WARNING = "chase-warning";
    static final String CLOSE_MESSAGE = "close-message";

    private LogStyles() {
    }
}
