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
    public static final String SUBSECTION_TITLE = "subsection-title";
    public static final String JOURNAL_PROBLEM = "journal-problem";
    public static final String PROSPECT_FORM = "prospect-form";
    public static final String FIELD_ERROR = "field-error";
    public static final String FIELD_INVALID = "field-invalid";
    public static final String DETAIL = "prospect-detail";
    public static final String TIMELINE = "timeline";
    public static final String FILTER_BAR = "filter-bar";
    public static final String AT_CHASE_LIMIT = "at-chase-limit";
    public static final String HELD = "held";
    public static final String TRADED = "traded";
    public static final String CONCEDED = "conceded";
    public static final String STATUS_BADGE = "status-badge";
    public static final String DECLINE_BUTTON = "decline-button";
    public static final String KPI_TILE = "kpi-tile";
    public static final String KPI_TITLE = "kpi-title";
    public static final String KPI_VALUE = "kpi-value";
    public static final String KPI_CHANGE = "kpi-change";
    public static final String CHART = "review-chart";
    // the first run, the demo journal and the start-up notices (ui/welcome/welcome.css, ui/notify/notice.css)
    public static final String WELCOME_STYLESHEET = "/com/dealjournal/ui/welcome/welcome.css";
    public static final String NOTICE_STYLESHEET = "/com/dealjournal/ui/notify/notice.css";
    public static final String WELCOME = "welcome";
    public static final String WELCOME_TITLE = "welcome-title";
    public static final String WELCOME_TEXT = "welcome-text";
    public static final String WELCOME_CHOICE = "welcome-choice";
    public static final String DEMO_BANNER = "demo-banner";
    public static final String NOTICE = "deal-journal-notice";

    private Styles() {
    }
}
