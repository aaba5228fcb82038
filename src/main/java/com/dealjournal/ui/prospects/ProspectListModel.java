package com.dealjournal.ui.prospects;

import com.dealjournal.model.Prospect;
import com.dealjournal.model.ProspectStatus;
import com.dealjournal.model.ProspectSummary;
import java.util.List;
import java.util.Locale;
import java.util.function.Predicate;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;

/**
 * The prospect list's state: every prospect's summary, and the filters the user set. The filters are
 * applied in memory as the user types, so the list answers within a frame.
 */
final class ProspectListModel {

    private final ObservableList<ProspectSummary> all = FXCollections.observableArrayList();
    private final FilteredList<ProspectSummary> shown = new FilteredList<>(all);
    private final StringProperty search = new SimpleStringProperty(this, "search", "");
    /** Only prospects of this status; {@code null} shows every status. */
    private final ObjectProperty<ProspectStatus> status = new SimpleObjectProperty<>(this, "status");
    private final BooleanProperty waitingOnly = new SimpleBooleanProperty(this, "waitingOnly");

    ProspectListModel() {
        search.addListener((obs, old, now) -> refilter());
        status.addListener((obs, old, now) -> refilter());
        waitingOnly.addListener((obs, old, now) -> refilter());
    }

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
        all.setAll(summaries);
    }

    /** The summary of a prospect, if it is in the journal. */
    java.util.Optional<ProspectSummary> find(long prospectId) {
        return all.stream().filter(s -> s.prospect().id() == prospectId).findFirst();
    }

    private void refilter() {
        shown.setPredicate(predicate(search.get(), status.get(), waitingOnly.get()));
    }

    static Predicate<ProspectSummary> predicate(String text, ProspectStatus status, boolean waitingOnly) {
        String needle = text == null ? "" : text.strip().toLowerCase(Locale.ROOT);
        return summary -> (status == null || summary.prospect().status() == status)
                && (!waitingOnly || summary.isWaitingOnThem())
                && (needle.isEmpty() || matches(summary.prospect(), needle));
    }

    /** Name, company, contact and notes, ignoring case. */
    private static boolean matches(Prospect p, String needle) {
        return contains(p.name(), needle) || contains(p.company(), needle)
                || contains(p.contact(), needle) || contains(p.notes(), needle);
    }

    private static boolean contains(String field, String needle) {
        return field != null && field.toLowerCase(Locale.ROOT).contains(needle);
    }
}
