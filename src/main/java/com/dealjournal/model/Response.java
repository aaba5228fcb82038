package com.dealjournal.model;

/** What I did when a prospect asked for a discount or for more scope. */
public enum Response {
    /** Kept my price or my scope. */
    HELD,
    /** Gave it, but got something in return. */
    TRADED,
    /** Gave it for nothing. */
    CONCEDED;

    /** Held and traded are on eye level; conceding is giving ground. */
    public boolean isEyeLevel() {
        return this != CONCEDED;
    }
}
