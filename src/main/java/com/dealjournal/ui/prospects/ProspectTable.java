package com.dealjournal.ui.prospects;

import com.dealjournal.i18n.Messages;
import com.dealjournal.model.ProspectStatus;
import com.dealjournal.model.ProspectSummary;
import com.dealjournal.ui.common.Formats;
import com.dealjournal.ui.common.Icon;
import com.dealjournal.ui.common.Styles;
import java.text.Collator;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.ObservableList;
import javafx.collections.transformation.SortedList;
import javafx.css.PseudoClass;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.Tooltip;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * The prospect list: one row per prospect with the counts of its journal, sortable by every column.
 * Rows at or over the chase limit are marked with an icon and a style, not by colour alone.
 */
final class ProspectTable extends TableView<ProspectSummary> {

    private static final PseudoClass AT_CHASE_LIMIT = PseudoClass.getPseudoClass(Styles.AT_CHASE_LIMIT);
    /** The status column's cell of a deal in each status, for the icon's colour: {@code :status-won} and so on. */
    private static final Map<ProspectStatus, PseudoClass> STATUS_STYLES = statusStyles();

    private final Messages messages;
    private final Formats formats;
    private final IntegerProperty chaseLimit = new SimpleIntegerProperty(com.dealjournal.model.Chase.DEFAULT_LIMIT);
    final TableColumn<ProspectSummary, LocalDate> lastActivity;

    ProspectTable(Messages messages, Formats formats, ObservableList<ProspectSummary> shown) {
        this.messages = messages;
        this.formats = formats;
        setId("prospect-table");
        setAccessibleText(messages.get("prospects.table"));
        SortedList<ProspectSummary> sorted = new SortedList<>(shown);
        sorted.comparatorProperty().bind(comparatorProperty());
        setItems(sorted);
        setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);

        // the order of TableColumn's default comparator (no text first, then the collator of the language)
        // with one collator, not the new copy Collator.getInstance() makes on every comparison
        Collator collator = Collator.getInstance();
        Comparator<String> byText = Comparator.nullsFirst(collator::compare);
        TableColumn<ProspectSummary, String> name = column("name", null, s -> s.prospect().name());
        name.setComparator(byText);
        name.setPrefWidth(160);
        TableColumn<ProspectSummary, String> company = column("company", null, s -> s.prospect().company());
        company.setComparator(byText);
        company.setPrefWidth(140);
        TableColumn<ProspectSummary, ProspectStatus> status = column("status", Icon.SCALE, s -> s.prospect().status());
        status.setCellFactory(c -> new StatusCell());
        lastActivity = column("lastActivity", Icon.LAST_ACTIVITY, ProspectSummary::lastActivity);
        lastActivity.setCellFactory(c -> new FormattedCell<>(formats::shortDate));
        lastActivity.setComparator(Comparator.nullsLast(Comparator.naturalOrder()));
        lastActivity.setPrefWidth(96);
        lastActivity.setMinWidth(84);
        TableColumn<ProspectSummary, Integer> discounts = column("discounts", Icon.DISCOUNT, ProspectSummary::discounts);
        TableColumn<ProspectSummary, Integer> conceded = column("conceded", Icon.CONCEDED, ProspectSummary::conceded);
        TableColumn<ProspectSummary, Integer> followUps = column("followUps", Icon.FOLLOW_UP, ProspectSummary::followUps);
        TableColumn<ProspectSummary, Integer> streak = column("chaseStreak", Icon.WAITING, ProspectSummary::chaseStreak);
        streak.setCellFactory(c -> new StreakCell());
        streak.setMinWidth(58);
        TableColumn<ProspectSummary, Integer> eyeLevel = column("eyeLevel", Icon.EYE_LEVEL, ProspectSummary::eyeLevelPercent);
        eyeLevel.setCellFactory(c -> new FormattedCell<>(percent -> percent + "\u00a0%"));
        eyeLevel.setComparator(Comparator.nullsFirst(Comparator.naturalOrder()));
        eyeLevel.setMinWidth(68);
        getColumns().setAll(java.util.List.of(name, company, status, lastActivity, discounts, conceded, followUps,
                streak, eyeLevel));

        setRowFactory(table -> new TableRow<>() {
            @Override
            protected void updateItem(ProspectSummary item, boolean empty) {
                super.updateItem(item, empty);
                pseudoClassStateChanged(AT_CHASE_LIMIT, !empty && item != null && atLimit(item));
            }
        });
        chaseLimit.addListener(o -> refresh());
    }

    private static Map<ProspectStatus, PseudoClass> statusStyles() {
        Map<ProspectStatus, PseudoClass> styles = new EnumMap<>(ProspectStatus.class);
        for (ProspectStatus status : ProspectStatus.values()) {
            styles.put(status, PseudoClass.getPseudoClass("status-" + status.name().toLowerCase(Locale.ROOT)));
        }
        return java.util.Collections.unmodifiableMap(styles);
    }

    IntegerProperty chaseLimitProperty() {
        return chaseLimit;
    }

    private boolean atLimit(ProspectSummary summary) {
        return summary.prospect().status() == ProspectStatus.OPEN && summary.isAtChaseLimit(chaseLimit.get());
    }

    /**
     * A column whose header is its name, or, for the narrow columns, an icon; the header's tooltip says
     * what the column counts, and the column's text is kept for screen readers.
     */
    private <T> TableColumn<ProspectSummary, T> column(String key, Icon icon, Function<ProspectSummary, T> value) {
        String name = messages.get("prospects.column." + key);
        Label header = new Label(icon == null ? name : null, icon == null ? null : icon.node(16));
        header.setTooltip(new Tooltip(name + ": " + messages.get("prospects.column." + key + ".tooltip")));
        header.setAccessibleText(name);
        TableColumn<ProspectSummary, T> column = new TableColumn<>();
        column.setGraphic(header);
        column.setId("column-" + key);
        column.setCellValueFactory(cell -> new SimpleObjectProperty<>(value.apply(cell.getValue())));
        if (icon != null) {
            column.setPrefWidth(46);
            column.setMinWidth(40);
        } else {
            // never narrower than its name and the sort arrow, in either language
            column.minWidthProperty().bind(javafx.beans.binding.Bindings.createDoubleBinding(
                    () -> textWidth(header) + 36, header.fontProperty(), header.textProperty()));
        }
        return column;
    }

    /** The width of a label's text in the font its style gives it. */
    private static double textWidth(Label label) {
        javafx.scene.text.Text text = new javafx.scene.text.Text(label.getText());
        text.setFont(label.getFont());
        return Math.ceil(text.getLayoutBounds().getWidth());
    }

    private static class FormattedCell<T> extends TableCell<ProspectSummary, T> {
        private final Function<T, String> format;

        FormattedCell(Function<T, String> format) {
            this.format = format;
        }

        @Override
        protected void updateItem(T value, boolean empty) {
            super.updateItem(value, empty);
            setText(empty || value == null ? null : format.apply(value));
        }
    }

    /**
     * A deal's status as its icon. Each cell keeps one icon node and one tooltip and only changes them as
     * it shows other rows: a new tooltip (a popup control) for every row shown was a tenth of filling the
     * list at start. The icon's colour follows a pseudo-class per status, not a style class, and an empty
     * cell hides its icon instead of dropping it: a changed style class or a node put back makes JavaFX
     * look up CSS anew, which was a fifth of a keystroke's work in the search.
     */
    private final class StatusCell extends TableCell<ProspectSummary, ProspectStatus> {
        private FontIcon icon;
        private Tooltip tooltip;

        @Override
        protected void updateItem(ProspectStatus value, boolean empty) {
            super.updateItem(value, empty);
            setText(null);
            for (Map.Entry<ProspectStatus, PseudoClass> status : STATUS_STYLES.entrySet()) {
                pseudoClassStateChanged(status.getValue(), !empty && status.getKey() == value);
            }
            if (empty || value == null) {
                // hidden, not removed: a node put back into the scene has its CSS looked up anew
                if (icon != null) {
                    icon.setVisible(false);
                    icon.setManaged(false);
                }
                setTooltip(null);
                setAccessibleText(null);
                return;
            }
            String text = messages.get("status." + value.name());
            if (icon == null) {
                icon = Icon.of(value).node(16);
                setGraphic(icon);
            } else {
                Icon.of(value).showIn(icon);
                icon.setVisible(true);
                icon.setManaged(true);
            }
            if (tooltip == null) {
                tooltip = new Tooltip();
            }
            tooltip.setText(text);
            setTooltip(tooltip);
            setAccessibleText(text);
        }
    }

    private final class StreakCell extends TableCell<ProspectSummary, Integer> {
        private FontIcon limitIcon;
        private Tooltip limitTooltip;

        @Override
        protected void updateItem(Integer value, boolean empty) {
            super.updateItem(value, empty);
            ProspectSummary row = empty ? null : getTableRow().getItem();
            if (empty || value == null || row == null) {
                setText(null);
                setGraphic(null);
                setTooltip(null);
                return;
            }
            setText(value.toString());
            if (!atLimit(row)) {
                setGraphic(null);
                setTooltip(null);
                return;
            }
            if (limitIcon == null) {
                limitIcon = Icon.CHASE_LIMIT.node(14);
                limitTooltip = new Tooltip();
            }
            limitTooltip.setText(messages.format("prospects.atChaseLimit", value, chaseLimit.get()));
            setGraphic(limitIcon);
            setTooltip(limitTooltip);
        }
    }
}
