package com.dealjournal.ui.prospects;

import com.dealjournal.i18n.Messages;
import com.dealjournal.store.Journal;
import com.dealjournal.ui.common.Async;
import com.dealjournal.ui.common.EmptyState;
import com.dealjournal.ui.common.Icon;
import com.dealjournal.ui.common.SectionView;
import javafx.scene.Node;

/**
 * The prospects section. Until the prospect list arrives it says what the open journal holds,
 * counted off the FX thread, and what this section will be for.
 */
public final class ProspectsSection implements SectionView {

    /** How much a journal holds, counted in one background step. */
    record Counts(int prospects, int events) {
    }

    private final Messages messages;
    private final Async async;
    private final EmptyState view;

    public ProspectsSection(Messages messages, Async async) {
        this.messages = messages;
        this.async = async;
        this.view = new EmptyState(Icon.PROSPECTS, messages.get("prospects.empty.title"),
                messages.get("prospects.empty.text"));
        view.setId("prospects");
    }

    @Override
    public Node node() {
        return view;
    }

    @Override
    public void show(Journal journal) {
        async.run(() -> new Counts(journal.prospects().count(), journal.events().count()))
                .onSuccess(this::showCounts)
                .start();
    }

    private void showCounts(Counts counts) {
        if (counts.prospects() == 0) {
            view.title().setText(messages.get("prospects.empty.title"));
        } else {
            view.title().setText(messages.format("prospects.summary.title", counts.prospects(), counts.events()));
        }
    }
}
