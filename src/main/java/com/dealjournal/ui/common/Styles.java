package com.dealjournal.ui.common;

/** Style-class names the application's stylesheet defines; one place, so views and CSS agree. */
public final class Styles {

    public static final String STYLESHEET = "/com/dealjournal/ui/app.css";
    /** The application icon in several sizes, {@code deal-journal-<size>.png}; its source is assets/icon. */
    public static final String ICON_FOLDER = "/com/dealjournal/ui/icon/";

    public static final String NAVIGATION = "navigation";
    public static final String NAV_BUTTON = "nav-button";
    public static final String STATUS_BAR = "status-bar";
    public static final String EMPTY_STATE = "empty-state";
    public static final String EMPTY_TITLE = "empty-title";
    public static final String EMPTY_TEXT = "empty-text";
    public static final String HINT = "hint";
    public static final String SECTION = "section";
    public static final String SECTION_TITLE = "section-title";
    public static final String JOURNAL_PROBLEM = "journal-problem";

    private Styles() {
    }
}
