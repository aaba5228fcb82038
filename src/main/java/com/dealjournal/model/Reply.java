package com.dealjournal.model;

/** How a prospect replied to a follow-up of mine. */
public enum Reply {
    NONE, PUT_OFF, ANSWERED
}
