package com.dealjournal.ui.prospects;

import com.dealjournal.model.ProspectStatus;
import com.dealjournal.model.ProspectSummary;
import java.util.List;
import java.util.Optional;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.ObservableList;

/**
 * The prospect list's state: every prospect's summary, and the filters the user set. The filters are
 * applied in memory as the user types ({@link ProspectSearch}), so the list answers within a frame; the
 * summaries shown are replaced whole, in one change, whenever the list or a filter changes.
 */
final class ProspectListModel {

    private List<ProspectSummary> all = List.of();
    private final ProspectSearch index = new ProspectSearch();
    private final ReplacedList<ProspectSummary> shown = new ReplacedList<>();
    private final StringProperty search = new SimpleStringProperty(this, "search", "");
    /** Only prospects of this status; {@code null} shows every status. */
    private final ObjectProperty<ProspectStatus> status = new SimpleObjectProperty<>(this, "status");
    private final BooleanProperty waitingOnly = new SimpleBooleanProperty(this, "waitingOnly");

    ProspectListModel() {
        search.addListener((obs, old, now) -> refilter());
        status.addListener((obs, old, now) -> refilter());
        waitingOnly.addListener((obs, old, now) -> refilter());
    }

    /** The summaries that pass the filters, in the order of the list set; read-only. */
    ObservableList<ProspectSummary> shown() {
        return shown;
    }

    boolean isEmpty() {
        return all.isEmpty();
    }

    StringProperty searchProperty() {
        return search;
    }

    ObjectProperty<ProspectStatus> statusProperty() {
        return status;
    }

    BooleanProperty waitingOnlyProperty() {
        return waitingOnly;
    }

    void setAll(List<ProspectSummary> summaries) {
        all = List.copyOf(summaries);
        index.setAll(all);
        refilter();
    }

    /** The summary of a prospect, if it is in the journal. */
    Optional<ProspectSummary> find(long prospectId) {
        return all.stream().filter(s -> s.prospect().id() == prospectId).findFirst();
    }

    private void refilter() {
        shown.replace(index.find(search.get(), status.get(), waitingOnly.get()));
    }
}
