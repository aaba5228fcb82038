package com.dealjournal.ui.prospects.log;

import com.dealjournal.i18n.Messages;
import com.dealjournal.ui.common.Icon;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javafx.beans.value.ObservableValue;
import javafx.event.ActionEvent;
import javafx.scene.control.Toggle;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;

/**
 * One of a few values, shown as a row of toggle buttons with icon and text. One is always selected:
 * clicking the selected one again keeps it. Each button has a mnemonic (Alt and the underlined letter)
 * that its tooltip names; Tab and the arrow keys move between them, Space selects.
 */
final class Choice<E extends Enum<E>> {

    /** A value, the id of its button, the bundle key of its text (with a {@code _} before the mnemonic). */
    record Option<E>(E value, String id, String key, Icon icon) {
    }

    private final ToggleGroup group = new ToggleGroup();
    private final Map<E, ToggleButton> buttons = new LinkedHashMap<>();
    private final HBox box = new HBox();

    Choice(Messages messages, String id, List<Option<E>> options, E selected) {
        box.setId(id);
        box.getStyleClass().add(LogStyles.CHOICE);
        for (Option<E> option : options) {
            ToggleButton button = button(messages, option);
            if (options.size() > 1) {
                button.getStyleClass().add(pill(buttons.size(), options.size()));
            }
            buttons.put(option.value(), button);
            box.getChildren().add(button);
        }
        group.selectedToggleProperty().addListener((obs, old, now) -> {
            if (now == null && old != null) {
                old.setSelected(true);
            }
        });
        select(selected);
    }

    private ToggleButton button(Messages messages, Option<E> option) {
        String text = messages.get(option.key());
        ToggleButton button = new ToggleButton(text, option.icon().node(16));
        button.setId(option.id());
        button.setMnemonicParsing(true);
        button.setMinWidth(Region.USE_PREF_SIZE);
        button.setToggleGroup(group);
        // a mnemonic fires an action without toggling; Space and clicks have toggled already
        button.addEventHandler(ActionEvent.ACTION, e -> button.setSelected(true));
        int mnemonic = text.indexOf('_');
        String plain = text.replace("_", "");
        button.setAccessibleText(plain);
        if (mnemonic >= 0 && mnemonic + 1 < text.length()) {
            String key = "Alt+" + Character.toUpperCase(text.charAt(mnemonic + 1));
            button.setTooltip(new Tooltip(messages.format("log.shortcut", plain, key)));
        }
        return button;
    }

    private static String pill(int index, int count) {
        return index == 0 ? atlantafx.base.theme.Styles.LEFT_PILL
                : index == count - 1 ? atlantafx.base.theme.Styles.RIGHT_PILL
                : atlantafx.base.theme.Styles.CENTER_PILL;
    }

    E value() {
        return buttons.entrySet().stream().filter(e -> e.getValue().isSelected())
                .map(Map.Entry::getKey).findFirst().orElse(null);
    }

    void select(E value) {
        group.selectToggle(buttons.get(value));
    }

    ToggleButton button(E value) {
        return buttons.get(value);
    }

    /** The selected button, the one to focus so that Enter keeps the choice. */
    ToggleButton selected() {
        return buttons.get(value());
    }

    ObservableValue<Toggle> selection() {
        return group.selectedToggleProperty();
    }

    HBox node() {
        return box;
    }
}
