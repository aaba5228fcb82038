package com.dealjournal.ui.common;

import java.util.regex.Pattern;
import javafx.scene.control.TextFormatter;

/**
 * Line breaks pasted into a single-line field. A text field would silently drop them and glue the
 * lines together; instead each one shows as {@value #MARK}, and the form reads it back as a line
 * break, so the model's single-line rule names the problem and Save waits until it is fixed.
 */
public final class LineBreaks {

    /** How a line break shows inside a single-line field. */
    public static final String MARK = "\u21B5";

    private static final Pattern BREAK = Pattern.compile("\r\n|[\n\r\u0085\u2028\u2029]");
    private static final Pattern OUTER_BREAKS = Pattern.compile("^(" + BREAK.pattern() + ")+|(" + BREAK.pattern() + ")+$");

    private LineBreaks() {
    }

    /** A formatter that marks line breaks in pasted text; breaks at the very start or end are dropped. */
    public static TextFormatter<String> marked() {
        return new TextFormatter<>(change -> {
            String text = change.getText();
            if (BREAK.matcher(text).find()) {
                change.setText(BREAK.matcher(OUTER_BREAKS.matcher(text).replaceAll("")).replaceAll(MARK));
            }
            return change;
        });
    }

    /** The text with each mark turned back into the line break it stands for. */
    public static String restore(String text) {
        return text.replace(MARK, "\n");
    }
}
