package com.dealjournal.model;

/** The kinds of pressure moment a user logs for a prospect. */
public enum EventType {
    DISCOUNT, SCOPE, FOLLOW_UP, NOTE
}
