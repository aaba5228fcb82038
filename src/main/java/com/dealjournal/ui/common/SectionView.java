package com.dealjournal.ui.common;

import com.dealjournal.store.Journal;
import javafx.scene.Node;

/** A screen the main window shows in its content area, refreshed whenever a journal is opened. */
public interface SectionView {

    Node node();

    /** Shows this section for the journal that is now open. Called on the FX thread. */
    void show(Journal journal);
}
