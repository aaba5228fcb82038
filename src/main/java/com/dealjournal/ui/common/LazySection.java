package com.dealjournal.ui.common;

import com.dealjournal.store.Journal;
import java.util.function.Supplier;
import javafx.scene.Node;

/**
 * A section that is built when the window first shows it, not before the window's first frame: the
 * journal opened meanwhile is handed to it as soon as it exists.
 */
public final class LazySection implements SectionView {

    private final Supplier<? extends SectionView> factory;
    private SectionView built;
    private Journal journal;

    public LazySection(Supplier<? extends SectionView> factory) {
        this.factory = factory;
    }

    @Override
    public Node node() {
        if (built == null) {
            built = factory.get();
            if (journal != null) {
                built.show(journal);
            }
        }
        return built.node();
    }

    @Override
    public void show(Journal opened) {
        journal = opened;
        if (built != null) {
            built.show(opened);
        }
    }
}
