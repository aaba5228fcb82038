package com.dealjournal.store;

/** Why a journal file could not be opened. Each has a message {@code journal.problem.<name>} in the bundle. */
public enum JournalProblem {
    /** The file does not exist and was not to be created. */
    NOT_FOUND,
    /** The path names a folder. */
    IS_FOLDER,
    /** The file is not an SQLite database at all. */
    NOT_A_DATABASE,
    /** An SQLite database, but another application's. */
    NOT_A_JOURNAL,
    /** Written by a newer Deal Journal whose schema this build does not know. */
    TOO_NEW,
    /** The file or its folder cannot be written. */
    READ_ONLY,
    /** The database fails SQLite's quick check. */
    DAMAGED,
    /** A new journal could not be created there. */
    CANNOT_CREATE,
    /** Another process holds the journal locked. */
    IN_USE,
    /** Another Deal Journal window or command has the journal open for writing. */
    OPEN_ELSEWHERE,
    /** Anything else the file system or SQLite reported. */
    CANNOT_OPEN
}
