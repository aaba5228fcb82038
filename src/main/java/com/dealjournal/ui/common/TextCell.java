package com.dealjournal.ui.common;

import java.util.function.Function;
import javafx.scene.control.ListCell;

/** A list or combo-box cell that shows each item as a text, such as an enum's label from the bundle. */
public final class TextCell<T> extends ListCell<T> {

    private final Function<T, String> text;

    /** @param text the text of an item; {@code null} items are passed too (an "all" choice, say) */
    public TextCell(Function<T, String> text) {
        this.text = text;
    }

    @Override
    protected void updateItem(T item, boolean empty) {
        super.updateItem(item, empty);
        setText(empty ? null : text.apply(item));
    }
}
