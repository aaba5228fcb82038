package com.dealjournal.ui.prospects;

import com.dealjournal.i18n.Messages;
import com.dealjournal.model.EventType;
import com.dealjournal.model.Prospect;
import com.dealjournal.model.ProspectStatus;
import com.dealjournal.ui.common.Formats;
import com.dealjournal.ui.common.Icon;
import com.dealjournal.ui.common.ScrollToFocus;
import com.dealjournal.ui.common.Styles;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Separator;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/**
 * One prospect: what happened (quick log), how it ended (close, decline, reopen), its fields, and its
 * timeline. A view only: the buttons are wired by the controller.
 */
final class ProspectDetailView extends VBox {

    private final Messages messages;
    private final Formats formats;
    final Label title = new Label();
    final Label status = new Label();
    final Map<EventType, Button> log = new EnumMap<>(EventType.class);
    final Map<ProspectStatus, Button> close = new EnumMap<>(ProspectStatus.class);
    final Button reopen;
    final Button delete;
    final Button save;
    final Button discard;
    final Button editEvent;
    final Button deleteEvent;
    final ProspectForm form;
    final TimelineView timeline;
    final Label editingHint = new Label();
    private final java.util.List<javafx.scene.Node> journalParts = new java.util.ArrayList<>();

    ProspectDetailView(Messages messages, Formats formats, ProspectFormModel model) {
        super(12);
        this.messages = messages;
        this.formats = formats;
        setId("prospect-detail");
        getStyleClass().add(Styles.DETAIL);
        setPadding(new Insets(16));

        title.setId("prospect-title");
        title.getStyleClass().add(Styles.SECTION_TITLE);
        status.setId("prospect-status");
        status.getStyleClass().add(Styles.STATUS_BADGE);
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        delete = button("prospect-delete", "prospect.delete", Icon.DELETE, messages.get("key.delete"));
        save = button("prospect-save", "prospect.save", Icon.SAVE, messages.format("key.ctrl", "S"));
        discard = button("prospect-discard", "prospect.discard", null, "Esc");
        title.setMinWidth(0);
        status.setMinWidth(Region.USE_PREF_SIZE);
        HBox header = new HBox(10, title, status);
        header.setAlignment(Pos.CENTER_LEFT);
        HBox editBar = new HBox(8, save, discard, spacer, delete);
        editBar.setAlignment(Pos.CENTER_LEFT);

        FlowPane logBar = new FlowPane(6, 6);
        logBar.setId("quick-log-bar");
        log.put(EventType.DISCOUNT, button("log-discount-button", "prospect.log.discount", Icon.DISCOUNT, "D"));
        log.put(EventType.SCOPE, button("log-scope-button", "prospect.log.scope", Icon.SCOPE, "S"));
        log.put(EventType.FOLLOW_UP, button("log-followup-button", "prospect.log.followUp", Icon.FOLLOW_UP, "F"));
        log.put(EventType.NOTE, button("log-note-button", "prospect.log.note", Icon.NOTE, "N"));
        logBar.getChildren().addAll(log.values());

        FlowPane closeBar = new FlowPane(6, 6);
        closeBar.setId("close-bar");
        for (ProspectStatus closed : new ProspectStatus[] {
            ProspectStatus.WON, ProspectStatus.LOST, ProspectStatus.DECLINED, ProspectStatus.STALLED}) {
            Button button = button("close-" + closed.name().toLowerCase(Locale.ROOT) + "-button",
                    "prospect.close." + closed.name(), Icon.of(closed), null);
            close.put(closed, button);
            closeBar.getChildren().add(button);
        }
        close.get(ProspectStatus.DECLINED).getStyleClass().add(Styles.DECLINE_BUTTON);
        reopen = button("reopen-button", "prospect.reopen", Icon.REOPEN, null);
        closeBar.getChildren().add(reopen);

        form = new ProspectForm(messages, model);
        editingHint.setId("editing-hint");
        editingHint.getStyleClass().add(Styles.HINT);
        editingHint.setWrapText(true);
        editingHint.managedProperty().bind(editingHint.textProperty().isNotEmpty());

        Label timelineTitle = new Label(messages.get("timeline.title"));
        timelineTitle.getStyleClass().add(Styles.SUBSECTION_TITLE);
        editEvent = button("event-edit", "timeline.edit", Icon.EDIT, "Enter");
        deleteEvent = button("event-delete", "timeline.delete", Icon.DELETE, messages.get("key.delete"));
        Region timelineSpacer = new Region();
        HBox.setHgrow(timelineSpacer, Priority.ALWAYS);
        HBox timelineBar = new HBox(8, timelineTitle, timelineSpacer, editEvent, deleteEvent);
        timelineBar.setAlignment(Pos.CENTER_LEFT);
        timeline = new TimelineView(messages, formats);
        timeline.setPrefHeight(240);
        timeline.setMinHeight(140);
        editEvent.disableProperty().bind(timeline.getSelectionModel().selectedItemProperty().isNull());
        deleteEvent.disableProperty().bind(timeline.getSelectionModel().selectedItemProperty().isNull());

        Label detailsTitle = new Label(messages.get("prospect.details"));
        detailsTitle.getStyleClass().add(Styles.SUBSECTION_TITLE);
        // the timeline first: right after a call it is what one looks at; the fields change rarely
        Separator separator = new Separator();
        journalParts.addAll(java.util.List.of(logBar, closeBar, timelineBar, timeline, separator));
        VBox scrolling = new VBox(12, logBar, closeBar, timelineBar, timeline, separator, detailsTitle, form);
        ScrollPane scroll = new ScrollPane(scrolling);
        scroll.setFitToWidth(true);
        ScrollToFocus.install(scroll);
        VBox.setVgrow(scroll, Priority.ALWAYS);
        getChildren().addAll(header, editBar, editingHint, scroll);
    }

    /** Shows the prospect's name and where its deal stands. */
    void showHeading(Prospect prospect) {
        boolean isNew = prospect.id() == 0;
        title.setText(isNew ? messages.get("prospect.new.title") : prospect.name());
        String statusText = messages.get("status." + prospect.status().name());
        if (prospect.closedOn() != null) {
            statusText = messages.format("prospect.closedOn", statusText, formats.date(prospect.closedOn()));
        }
        if (prospect.finalPrice() != null) {
            statusText += " \u00b7 " + formats.money(prospect.finalPrice(), prospect.currency());
        }
        status.setText(statusText);
        status.setGraphic(Icon.of(prospect.status()).node(14));
        // a prospect not saved yet has no journal: its form comes first
        journalParts.forEach(part -> {
            part.setVisible(!isNew);
            part.setManaged(!isNew);
        });
        boolean closed = prospect.status().isClosed();
        close.values().forEach(button -> button.setVisible(!closed && !isNew));
        close.values().forEach(button -> button.setManaged(!closed && !isNew));
        reopen.setVisible(closed);
        reopen.setManaged(closed);
    }

    /**
     * A button with an icon and a tooltip naming its shortcut. A text with an underscore ({@code _Won})
     * gets that letter as its Alt mnemonic, so the button is one key chord away.
     */
    private Button button(String id, String textKey, Icon icon, String shortcut) {
        String text = messages.get(textKey);
        String plain = text.replace("_", "");
        int mnemonic = text.indexOf('_');
        String key = shortcut != null ? shortcut
                : mnemonic >= 0 && mnemonic + 1 < text.length()
                ? "Alt+" + Character.toUpperCase(text.charAt(mnemonic + 1)) : null;
        Button button = new Button(text, icon == null ? null : icon.node(16));
        button.setMnemonicParsing(true);
        button.setId(id);
        button.setTooltip(new Tooltip(key == null ? plain : messages.format("shortcut.tooltip", plain, key)));
        button.setAccessibleText(plain);
        button.setMinWidth(Region.USE_PREF_SIZE);
        return button;
    }
}
