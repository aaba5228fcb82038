package com.dealjournal.ui.common;

import org.kordamp.ikonli.Ikon;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.materialdesign2.MaterialDesignA;
import org.kordamp.ikonli.materialdesign2.MaterialDesignB;
import org.kordamp.ikonli.materialdesign2.MaterialDesignC;
import org.kordamp.ikonli.materialdesign2.MaterialDesignD;
import org.kordamp.ikonli.materialdesign2.MaterialDesignE;
import org.kordamp.ikonli.materialdesign2.MaterialDesignF;
import org.kordamp.ikonli.materialdesign2.MaterialDesignH;
import org.kordamp.ikonli.materialdesign2.MaterialDesignM;
import org.kordamp.ikonli.materialdesign2.MaterialDesignN;
import org.kordamp.ikonli.materialdesign2.MaterialDesignP;
import org.kordamp.ikonli.materialdesign2.MaterialDesignR;
import org.kordamp.ikonli.materialdesign2.MaterialDesignS;
import org.kordamp.ikonli.materialdesign2.MaterialDesignT;
import org.kordamp.ikonli.materialdesign2.MaterialDesignU;

/** Every icon the application shows, by meaning; the one place that names icon codes. */
public enum Icon {
    PROSPECTS(MaterialDesignA.ACCOUNT_GROUP_OUTLINE),
    REVIEW(MaterialDesignC.CHART_BOX_OUTLINE),
    SETTINGS(MaterialDesignC.COG_OUTLINE),
    JOURNAL_FILE(MaterialDesignD.DATABASE_OUTLINE),
    OPEN_FILE(MaterialDesignF.FOLDER_OPEN_OUTLINE),
    OPEN_FOLDER(MaterialDesignF.FOLDER_EYE_OUTLINE),
    NEW_FILE(MaterialDesignF.FILE_PLUS_OUTLINE),
    IMPORT(MaterialDesignT.TRAY_ARROW_DOWN),
    EXPORT(MaterialDesignT.TRAY_ARROW_UP),
    BACKUP(MaterialDesignD.DATABASE_CLOCK_OUTLINE),
    RESTORE_BACKUP(MaterialDesignB.BACKUP_RESTORE),
    EYE_LEVEL(MaterialDesignE.EYE_OUTLINE),
    SCALE(MaterialDesignS.SCALE_BALANCE),
    DEMO(MaterialDesignF.FLASK_OUTLINE),
    MONTHLY_REVIEW(MaterialDesignC.CALENDAR_CHECK_OUTLINE),
    NOTICES(MaterialDesignB.BELL_OUTLINE),
    // the kinds of event
    DISCOUNT(MaterialDesignT.TAG_OUTLINE),
    SCOPE(MaterialDesignP.PLUS_BOX_MULTIPLE_OUTLINE),
    FOLLOW_UP(MaterialDesignP.PHONE_OUTGOING_OUTLINE),
    NOTE(MaterialDesignN.NOTE_TEXT_OUTLINE),
    // what I did: each answer has its own shape, so colour is never the only difference
    HELD(MaterialDesignS.SHIELD_CHECK_OUTLINE),
    TRADED(MaterialDesignS.SWAP_HORIZONTAL),
    CONCEDED(MaterialDesignA.ARROW_DOWN_BOLD_OUTLINE),
    // how a deal ended
    WON(MaterialDesignT.TROPHY_OUTLINE),
    LOST(MaterialDesignC.CLOSE_CIRCLE_OUTLINE),
    DECLINED(MaterialDesignH.HAND_BACK_RIGHT_OUTLINE),
    STALLED(MaterialDesignS.SLEEP),
    REOPEN(MaterialDesignR.RESTORE),
    // actions
    NEW_PROSPECT(MaterialDesignA.ACCOUNT_PLUS_OUTLINE),
    SAVE(MaterialDesignC.CONTENT_SAVE_OUTLINE),
    EDIT(MaterialDesignP.PENCIL_OUTLINE),
    DELETE(MaterialDesignD.DELETE_OUTLINE),
    UNDO(MaterialDesignU.UNDO),
    WAITING(MaterialDesignT.TIMER_SAND),
    LAST_ACTIVITY(MaterialDesignH.HISTORY),
    CHASE_LIMIT(MaterialDesignA.ALERT_OUTLINE),
    // who brought extra work up, and how they replied to a follow-up
    ASKED_BY_THEM(MaterialDesignA.ACCOUNT_ARROW_LEFT_OUTLINE),
    OFFERED_BY_ME(MaterialDesignA.ACCOUNT_ARROW_RIGHT_OUTLINE),
    NO_REPLY(MaterialDesignE.EMAIL_OFF_OUTLINE),
    PUT_OFF(MaterialDesignC.CALENDAR_CLOCK),
    ANSWERED(MaterialDesignM.MESSAGE_REPLY_TEXT_OUTLINE);

    private final Ikon ikon;

    Icon(Ikon ikon) {
        this.ikon = ikon;
    }

    /** The icon of a kind of event. */
    public static Icon of(com.dealjournal.model.EventType type) {
        return switch (type) {
            case DISCOUNT -> DISCOUNT;
            case SCOPE -> SCOPE;
            case FOLLOW_UP -> FOLLOW_UP;
            case NOTE -> NOTE;
        };
    }

    /** The icon of an answer to a request. */
    public static Icon of(com.dealjournal.model.Response response) {
        return switch (response) {
            case HELD -> HELD;
            case TRADED -> TRADED;
            case CONCEDED -> CONCEDED;
        };
    }

    /** The icon of a deal's status; an open deal has none. */
    public static Icon of(com.dealjournal.model.ProspectStatus status) {
        return switch (status) {
            case OPEN -> PROSPECTS;
            case WON -> WON;
            case LOST -> LOST;
            case DECLINED -> DECLINED;
            case STALLED -> STALLED;
        };
    }

    /** A new node showing this icon at the given size in pixels. */
    public FontIcon node(int size) {
        FontIcon icon = new FontIcon(ikon);
        icon.setIconSize(size);
        return icon;
    }
}
