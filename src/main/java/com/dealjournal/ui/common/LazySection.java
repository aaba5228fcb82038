package com.dealjournal.ui.common;

import com.dealjournal.store.Journal;
import java.util.function.Supplier;
import javafx.scene.Node;

/**
 * A section built only when it is first needed: when it is first shown, asked for, or built ahead in
 * idle time after the window's first frame ({@link #build}). Until then it only remembers the journal
 * it is to show, so that the window's first frame does not wait for screens it does not show.
 */
public final class LazySection<S extends SectionView> implements SectionView {

    private final Supplier<S> factory;
    private S built;
    private Journal journal;

    public LazySection(Supplier<S> factory) {
        this.factory = factory;
    }

    /** The section, built now if it was not yet, and shown the journal that is open. On the FX thread. */
    public S get() {
        if (built == null) {
            built = factory.get();
            if (journal != null) {
                built.show(journal);
            }
        }
        return built;
    }

    /** Builds the section if it was not built yet. */
    public void build() {
        get();
    }

    public boolean isBuilt() {
        return built != null;
    }

    @Override
    public Node node() {
        return get().node();
    }

    @Override
    public void show(Journal opened) {
        journal = opened;
        if (built != null) {
            built.show(opened);
        }
    }
}
