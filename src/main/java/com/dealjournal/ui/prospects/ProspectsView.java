package com.dealjournal.ui.prospects;

import com.dealjournal.i18n.Messages;
import com.dealjournal.model.ProspectStatus;
import com.dealjournal.ui.common.EmptyState;
import com.dealjournal.ui.common.Formats;
import com.dealjournal.ui.common.Icon;
import com.dealjournal.ui.common.Styles;
import com.dealjournal.ui.common.TextCell;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.controlsfx.control.textfield.TextFields;

/**
 * The prospects screen: filters and the list on the left, the selected prospect on the right; on an
 * empty journal, one call to action instead. A view only: the controller wires it.
 */
final class ProspectsView extends StackPane {

    final TextField search = TextFields.createClearableTextField();
    final ComboBox<ProspectStatus> statusFilter = new ComboBox<>();
    final ToggleButton waiting;
    final Button newProspect;
    final Button undo;
    final Button firstProspect;
    final ProspectTable table;
    final ProspectDetailView detail;
    final Label listHint = new Label();
    private final EmptyState emptyJournal;
    private final EmptyState noSelection;
    private final StackPane right = new StackPane();
    private final SplitPane split;

    ProspectsView(Messages messages, Formats formats, ProspectListModel list, ProspectFormModel form) {
        setId("prospects");
        search.setId("prospect-search");
        search.setPromptText(messages.get("prospects.search.prompt"));
        search.setTooltip(new Tooltip(messages.format("shortcut.tooltip", messages.get("prospects.search"),
                messages.format("key.ctrl", "F"))));
        search.setAccessibleText(messages.get("prospects.search"));
        HBox.setHgrow(search, Priority.ALWAYS);

        statusFilter.setId("status-filter");
        statusFilter.getItems().add(null);
        statusFilter.getItems().addAll(ProspectStatus.values());
        java.util.function.Function<ProspectStatus, String> statusText = status -> status == null
                ? messages.get("prospects.filter.allStatuses") : messages.get("status." + status.name());
        statusFilter.setCellFactory(c -> new TextCell<>(statusText));
        statusFilter.setButtonCell(new TextCell<>(statusText));
        statusFilter.setAccessibleText(messages.get("prospects.filter.status"));
        statusFilter.setTooltip(new Tooltip(messages.get("prospects.filter.status")));

        waiting = new ToggleButton(messages.get("prospects.filter.waiting"), Icon.WAITING.node(16));
        waiting.setId("waiting-filter");
        waiting.setTooltip(new Tooltip(messages.get("prospects.filter.waiting.tooltip")));

        newProspect = new Button(messages.get("prospects.new"), Icon.NEW_PROSPECT.node(16));
        newProspect.setId("new-prospect");
        newProspect.setTooltip(new Tooltip(messages.format("shortcut.tooltip", messages.get("prospects.new"),
                messages.format("key.ctrl", "N"))));

        undo = new Button(null, Icon.UNDO.node(16));
        undo.setId("undo");
        undo.setAccessibleText(messages.get("prospects.undo"));

        search.setMinWidth(120);
        for (javafx.scene.control.Control fixed : new javafx.scene.control.Control[] {
            statusFilter, waiting, undo, newProspect}) {
            fixed.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        }
        HBox searchRow = new HBox(8, search, newProspect);
        searchRow.setAlignment(Pos.CENTER_LEFT);
        HBox filterRow = new HBox(8, statusFilter, waiting, undo);
        filterRow.setAlignment(Pos.CENTER_LEFT);
        VBox filters = new VBox(8, searchRow, filterRow);
        filters.getStyleClass().add(Styles.FILTER_BAR);
        table = new ProspectTable(messages, formats, list.shown());
        table.setPlaceholder(new Label(messages.get("prospects.noMatch")));
        VBox.setVgrow(table, Priority.ALWAYS);
        listHint.setId("list-hint");
        listHint.getStyleClass().add(Styles.HINT);
        listHint.setWrapText(true);
        listHint.managedProperty().bind(listHint.visibleProperty());
        listHint.setVisible(false);
        VBox left = new VBox(8, filters, listHint, table);
        left.setPadding(new Insets(12));

        detail = new ProspectDetailView(messages, formats, form);
        noSelection = new EmptyState(Icon.PROSPECTS, messages.get("prospects.noSelection.title"),
                messages.get("prospects.noSelection.text"));
        right.getChildren().setAll(noSelection);
        split = new SplitPane(left, right);
        split.setDividerPositions(0.63);

        firstProspect = new Button(messages.get("prospects.first"), Icon.NEW_PROSPECT.node(18));
        firstProspect.setId("first-prospect");
        firstProspect.setDefaultButton(true);
        emptyJournal = new EmptyState(Icon.PROSPECTS, messages.get("prospects.empty.title"),
                messages.get("prospects.empty.text"));
        emptyJournal.setId("prospects-empty");
        emptyJournal.getChildren().add(firstProspect);
        getChildren().setAll(split);
    }

    /** An empty journal shows the call to create the first prospect instead of an empty list. */
    void showEmptyJournal(boolean empty) {
        getChildren().setAll(empty ? emptyJournal : split);
    }

    void showDetail(boolean shown) {
        right.getChildren().setAll(shown ? detail : noSelection);
    }
}
