package com.dealjournal.ui.common;

/** What any screen may ask of the window about the journal file itself. */
public interface JournalActions {

    /** Lets the user pick an existing journal and opens it. */
    void openAnotherJournal();

    /** Lets the user pick where to create a new journal and opens it. */
    void createNewJournal();
}
