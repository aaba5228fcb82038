package com.dealjournal.ui.common;

import org.kordamp.ikonli.Ikon;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * Every icon the application shows, by meaning; the one place that names icon codes. Each names its glyph
 * of the Material Design 2 pack by description and code point, not by the pack's {@code MaterialDesignA}
 * to {@code MaterialDesignU} enums: those hold thousands of icons, and setting them up took a fifth of a
 * second on the way to the first window. {@code IconTest} holds each equal to the pack's own.
 */
public enum Icon {
    PROSPECTS("mdi2a-account-group-outline", 0xF0B58),
    REVIEW("mdi2c-chart-box-outline", 0xF154E),
    SETTINGS("mdi2c-cog-outline", 0xF08BB),
    JOURNAL_FILE("mdi2d-database-outline", 0xF1632),
    OPEN_FILE("mdi2f-folder-open-outline", 0xF0DCF),
    OPEN_FOLDER("mdi2f-folder-eye-outline", 0xF178B),
    NEW_FILE("mdi2f-file-plus-outline", 0xF0EED),
    IMPORT("mdi2t-tray-arrow-down", 0xF0120),
    EXPORT("mdi2t-tray-arrow-up", 0xF011D),
    BACKUP("mdi2d-database-clock-outline", 0xF162A),
    RESTORE_BACKUP("mdi2b-backup-restore", 0xF006F),
    EYE_LEVEL("mdi2e-eye-outline", 0xF06D0),
    SCALE("mdi2s-scale-balance", 0xF05D1),
    DEMO("mdi2f-flask-outline", 0xF0096),
    MONTHLY_REVIEW("mdi2c-calendar-check-outline", 0xF0C44),
    NOTICES("mdi2b-bell-outline", 0xF009C),
    // the kinds of event
    DISCOUNT("mdi2t-tag-outline", 0xF04FC),
    SCOPE("mdi2p-plus-box-multiple-outline", 0xF1143),
    FOLLOW_UP("mdi2p-phone-outgoing-outline", 0xF1199),
    NOTE("mdi2n-note-text-outline", 0xF11D7),
    // what I did: each answer has its own shape, so colour is never the only difference
    HELD("mdi2s-shield-check-outline", 0xF0CC8),
    TRADED("mdi2s-swap-horizontal", 0xF04E1),
    CONCEDED("mdi2a-arrow-down-bold-outline", 0xF09BF),
    // how a deal ended
    WON("mdi2t-trophy-outline", 0xF053A),
    LOST("mdi2c-close-circle-outline", 0xF015A),
    DECLINED("mdi2h-hand-back-right-outline", 0xF182D),
    STALLED("mdi2s-sleep", 0xF04B2),
    REOPEN("mdi2r-restore", 0xF099B),
    // actions
    NEW_PROSPECT("mdi2a-account-plus-outline", 0xF0801),
    SAVE("mdi2c-content-save-outline", 0xF0818),
    EDIT("mdi2p-pencil-outline", 0xF0CB6),
    DELETE("mdi2d-delete-outline", 0xF09E7),
    UNDO("mdi2u-undo", 0xF054C),
    WAITING("mdi2t-timer-sand", 0xF051F),
    LAST_ACTIVITY("mdi2h-history", 0xF02DA),
    CHASE_LIMIT("mdi2a-alert-outline", 0xF002A),
    // who brought extra work up, and how they replied to a follow-up
    ASKED_BY_THEM("mdi2a-account-arrow-left-outline", 0xF0B52),
    OFFERED_BY_ME("mdi2a-account-arrow-right-outline", 0xF0B54),
    NO_REPLY("mdi2e-email-off-outline", 0xF13E4),
    PUT_OFF("mdi2c-calendar-clock", 0xF00F0),
    ANSWERED("mdi2m-message-reply-text-outline", 0xF173E);

    private final Ikon ikon;

    Icon(String description, int code) {
        this.ikon = new Glyph(description, code);
    }

    /** The glyph, as Ikonli's font icons take it. */
    Ikon ikon() {
        return ikon;
    }

    /** One glyph of an icon font: Ikonli finds the font by the description's prefix ("mdi2a-"). */
    private record Glyph(String description, int code) implements Ikon {
        @Override
        public String getDescription() {
            return description;
        }

        @Override
        public int getCode() {
            return code;
        }
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

    /**
     * Shows this icon in a node made by {@link #node}: a cell that shows other rows changes its icon's glyph
     * this way instead of swapping nodes, since a node added to the scene has its CSS looked up anew.
     */
    public void showIn(FontIcon node) {
        node.setIconCode(ikon);
    }

    /** A new node showing this icon at the given size in pixels. */
    public FontIcon node(int size) {
        FontIcon icon = new FontIcon(ikon);
        icon.setIconSize(size);
        return icon;
    }
}
