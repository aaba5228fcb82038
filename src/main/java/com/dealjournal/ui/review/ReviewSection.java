package com.dealjournal.ui.review;

import com.dealjournal.i18n.Messages;
import com.dealjournal.store.Journal;
import com.dealjournal.ui.common.EmptyState;
import com.dealjournal.ui.common.Icon;
import com.dealjournal.ui.common.SectionView;
import javafx.scene.Node;

/** The monthly review section: for now, what the review will show and what it needs from the journal. */
public final class ReviewSection implements SectionView {

    private final EmptyState view;

    public ReviewSection(Messages messages) {
        view = new EmptyState(Icon.REVIEW, messages.get("review.empty.title"), messages.get("review.empty.text"));
        view.setId("review");
    }

    @Override
    public Node node() {
        return view;
    }

    @Override
    public void show(Journal journal) {
        // nothing to load until the review has figures of its own
    }
}
