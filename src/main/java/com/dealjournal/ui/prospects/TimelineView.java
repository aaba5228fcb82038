package com.dealjournal.ui.prospects;

import com.dealjournal.i18n.Messages;
import com.dealjournal.model.Event;
import com.dealjournal.model.Prospect;
import com.dealjournal.model.Response;
import com.dealjournal.ui.common.Formats;
import com.dealjournal.ui.common.Icon;
import com.dealjournal.ui.common.Styles;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;

/**
 * A prospect's journal, newest first: an icon per kind of event, and for requests an icon and colour per
 * answer (held, traded, conceded), the date, what happened, and the note.
 */
final class TimelineView extends ListView<Event> {

    /** The room the icons, the cell's padding and the scroll bar take beside an event's text. */
    private static final double TEXT_INSET = 96;

    private final EventTexts texts;
    private final Formats formats;
    private Prospect prospect;

    TimelineView(Messages messages, Formats formats) {
        this.texts = new EventTexts(messages, formats);
        this.formats = formats;
        setId("timeline");
        getStyleClass().add(Styles.TIMELINE);
        setAccessibleText(messages.get("timeline.title"));
        Label empty = new Label(messages.get("timeline.empty"));
        empty.setWrapText(true);
        empty.getStyleClass().add(Styles.HINT);
        setPlaceholder(empty);
        setCellFactory(list -> new EventCell());
    }

    /** Shows a prospect's events, newest first, and within a date the last logged first. */
    void show(Prospect shown, List<Event> events) {
        this.prospect = shown;
        getItems().setAll(events.stream()
                .sorted(Comparator.comparing(Event::date).thenComparingLong(Event::id).reversed())
                .toList());
    }

    private final class EventCell extends ListCell<Event> {

        EventCell() {
            // never wider than the list: long summaries and notes wrap instead of scrolling sideways
            setPrefWidth(0);
        }

        @Override
        protected void updateItem(Event event, boolean empty) {
            super.updateItem(event, empty);
            if (empty || event == null) {
                setGraphic(null);
                setText(null);
                setAccessibleText(null);
                return;
            }
            HBox icons = new HBox(4, Icon.of(event.type()).node(18));
            Response response = response(event);
            getStyleClass().removeAll(Styles.HELD, Styles.TRADED, Styles.CONCEDED);
            if (response != null) {
                icons.getChildren().add(Icon.of(response).node(18));
                getStyleClass().add(response.name().toLowerCase(Locale.ROOT));
            }
            Label headline = new Label(formats.date(event.date()) + "  " + texts.kind(event));
            headline.getStyleClass().add("timeline-headline");
            Label summary = new Label(texts.summary(event, prospect));
            summary.getStyleClass().add("timeline-summary");
            wrapWithinList(summary);
            VBox lines = new VBox(2, headline, summary);
            String note = texts.note(event);
            if (note != null) {
                Label noteLabel = new Label(note);
                wrapWithinList(noteLabel);
                noteLabel.getStyleClass().add(Styles.HINT);
                lines.getChildren().add(noteLabel);
            }
            HBox row = new HBox(10, icons, lines);
            icons.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
            HBox.setHgrow(lines, javafx.scene.layout.Priority.ALWAYS);
            lines.setMinWidth(0);
            row.setAlignment(Pos.TOP_LEFT);
            setText(null);
            setGraphic(row);
            setAccessibleText(headline.getText() + ": " + summary.getText());
        }

        /** Wraps a long text at the list's width, beside the icons, instead of cutting it off. */
        private void wrapWithinList(Label label) {
            label.setWrapText(true);
            label.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
            label.maxWidthProperty().bind(getListView().widthProperty().subtract(TEXT_INSET));
        }

        private static Response response(Event event) {
            return switch (event) {
                case Event.Discount d -> d.response();
                case Event.Scope s -> s.response();
                default -> null;
            };
        }
    }
}
