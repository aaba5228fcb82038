package com.dealjournal.ui.shell;

import com.dealjournal.ui.common.Icon;

/** The places the navigation leads to, in the order it shows them. */
public enum Section {
    PROSPECTS(Icon.PROSPECTS, "nav.prospects"),
    REVIEW(Icon.REVIEW, "nav.review"),
    SETTINGS(Icon.SETTINGS, "nav.settings");

    private final Icon icon;
    private final String labelKey;

    Section(Icon icon, String labelKey) {
        this.icon = icon;
        this.labelKey = labelKey;
    }

    public Icon icon() {
        return icon;
    }

    public String labelKey() {
        return labelKey;
    }
}
