package com.dealjournal.ui.common;

import org.kordamp.ikonli.Ikon;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.materialdesign2.MaterialDesignA;
import org.kordamp.ikonli.materialdesign2.MaterialDesignC;
import org.kordamp.ikonli.materialdesign2.MaterialDesignD;
import org.kordamp.ikonli.materialdesign2.MaterialDesignE;
import org.kordamp.ikonli.materialdesign2.MaterialDesignF;
import org.kordamp.ikonli.materialdesign2.MaterialDesignS;

/** Every icon the application shows, by meaning; the one place that names icon codes. */
public enum Icon {
    PROSPECTS(MaterialDesignA.ACCOUNT_GROUP_OUTLINE),
    REVIEW(MaterialDesignC.CHART_BOX_OUTLINE),
    SETTINGS(MaterialDesignC.COG_OUTLINE),
    JOURNAL_FILE(MaterialDesignD.DATABASE_OUTLINE),
    OPEN_FILE(MaterialDesignF.FOLDER_OPEN_OUTLINE),
    NEW_FILE(MaterialDesignF.FILE_PLUS_OUTLINE),
    EYE_LEVEL(MaterialDesignE.EYE_OUTLINE),
    PROBLEM(MaterialDesignA.ALERT_CIRCLE_OUTLINE),
    SCALE(MaterialDesignS.SCALE_BALANCE);

    private final Ikon ikon;

    Icon(Ikon ikon) {
        this.ikon = ikon;
    }

    /** A new node showing this icon at the given size in pixels. */
    public FontIcon node(int size) {
        FontIcon icon = new FontIcon(ikon);
        icon.setIconSize(size);
        return icon;
    }
}
