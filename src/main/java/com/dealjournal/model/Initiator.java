package com.dealjournal.model;

/** Who brought extra scope up: the prospect, or I offered it myself. */
public enum Initiator {
    THEM, ME
}
