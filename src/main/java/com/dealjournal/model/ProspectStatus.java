package com.dealjournal.model;

/** Where a deal stands. Every status but {@link #OPEN} is a closed deal and carries a closed-on date. */
public enum ProspectStatus {
    OPEN, WON, LOST, DECLINED, STALLED;

    public boolean isClosed() {
        return this != OPEN;
    }
}
