package com.dealjournal.ui.prospects.log;

import static org.assertj.core.api.Assertions.assertThat;

import atlantafx.base.theme.PrimerLight;
import com.dealjournal.i18n.Messages;
import com.dealjournal.model.Prospect;
import com.dealjournal.model.ProspectStatus;
import com.dealjournal.ui.common.Formats;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Currency;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.DatePicker;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Label;
import javafx.scene.control.TextInputControl;
import javafx.scene.input.Clipboard;
import javafx.scene.input.DataFormat;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Base of the quick-log dialog tests: a headless owner window, the dialogs opened on the FX thread (they
 * wait in showAndWait), the robot typing into them as a user would, and helpers to read what they show.
 */
abstract class QuickLogFxTest extends FxRobot {

    protected static final LocalDate TODAY = LocalDate.of(2026, 3, 16);
    protected static final long PROSPECT_ID = 7;

    protected Messages messages = new Messages(Locale.ENGLISH);
    protected QuickLog quickLog = new QuickLog(messages, new Formats(Locale.US));
    protected Prospect prospect = new Prospect(PROSPECT_ID, "Jana Berg", "Nordlicht GmbH", null, null, null,
            ProspectStatus.OPEN, null, Currency.getInstance("EUR"), new BigDecimal("4800.00"), null, null, 4, null);
    protected Stage owner;

    @BeforeEach
    void ownerWindow() throws Exception {
        FxToolkit.registerPrimaryStage();
        owner = FxToolkit.registerStage(Stage::new);
        FxToolkit.setupFixture(() -> {
            Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
            owner.setScene(new Scene(new StackPane(), 800, 600));
            owner.show();
        });
    }

    @AfterEach
    void closeWindows() throws Exception {
        FxToolkit.setupFixture(() -> Window.getWindows().stream().filter(w -> w != owner).toList()
                .forEach(Window::hide));
        FxToolkit.cleanupStages();
    }

    /** Uses German texts and number formats from here on. */
    protected void inGerman() {
        messages = new Messages(Locale.GERMAN);
        quickLog = new QuickLog(messages, new Formats(Locale.GERMANY));
    }

    /** Opens a dialog on the FX thread and waits until it shows; its result arrives once it is closed. */
    protected <T> CompletableFuture<Optional<T>> open(Supplier<Optional<T>> dialog) throws Exception {
        CompletableFuture<Optional<T>> result = new CompletableFuture<>();
        Platform.runLater(() -> {
            try {
                result.complete(dialog.get());
            } catch (Throwable e) {
                result.completeExceptionally(e);
            }
        });
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> lookup(".quick-log").tryQuery().isPresent());
        WaitForAsyncUtils.waitForFxEvents();
        // the robot writes text into its target window; keys go where the dialog put the focus
        targetWindow(dialog().getScene().getWindow());
        return result;
    }

    /** What the dialog returned; fails when it is still open. */
    protected static <T> T saved(CompletableFuture<Optional<T>> result) throws Exception {
        Optional<T> value = result.get(5, TimeUnit.SECONDS);
        assertThat(value).as("the dialog returned something to save").isPresent();
        return value.get();
    }

    protected static <T> void assertCancelled(CompletableFuture<Optional<T>> result) throws Exception {
        assertThat(result.get(5, TimeUnit.SECONDS)).as("the dialog returned nothing").isEmpty();
    }

    protected DialogPane dialog() {
        return lookup(".quick-log").queryAs(DialogPane.class);
    }

    protected boolean dialogShowing() {
        return lookup(".quick-log").tryQuery().map(n -> n.getScene().getWindow().isShowing()).orElse(false);
    }

    protected Button saveButton() {
        return lookup("#log-save").queryButton();
    }

    /** The message shown under a field, or "" when none is visible. */
    protected String errorUnder(String controlId) {
        Label label = lookup("#" + controlId + "-error").queryAs(Label.class);
        return label.isVisible() ? label.getText() : "";
    }

    protected <T extends Node> T node(String id, Class<T> type) {
        return lookup("#" + id).queryAs(type);
    }

    /** Replaces a field's text by typing, as a user would after selecting all. */
    protected void retype(String id, String text) {
        TextInputControl input = input(id);
        interact(input::requestFocus);
        press(KeyCode.CONTROL, KeyCode.A).release(KeyCode.A, KeyCode.CONTROL);
        if (text.isEmpty()) {
            type(KeyCode.BACK_SPACE);
        } else {
            write(text);
        }
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** Opens a combo box's list and clicks one of its items. */
    protected void chooseFromList(String id, String item) {
        clickOn("#" + id + " .arrow-button");
        clickOn(item);
        // the click went to the list's own window; give the keys back to the dialog
        clickOn(".quick-log .header-panel");
    }

    /** Puts text on the clipboard and pastes it into a field with Ctrl+V. */
    protected void paste(String id, String text) {
        interact(() -> Clipboard.getSystemClipboard().setContent(Map.of(DataFormat.PLAIN_TEXT, text)));
        TextInputControl input = input(id);
        interact(input::requestFocus);
        press(KeyCode.CONTROL, KeyCode.A).release(KeyCode.A, KeyCode.CONTROL);
        press(KeyCode.CONTROL, KeyCode.V).release(KeyCode.V, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** A text field by id, the editor of a date picker or of an editable combo box. */
    protected TextInputControl input(String id) {
        Node node = lookup("#" + id).query();
        return switch (node) {
            case DatePicker picker -> picker.getEditor();
            case javafx.scene.control.ComboBox<?> box -> box.getEditor();
            case TextInputControl text -> text;
            default -> throw new IllegalArgumentException(id + " is no text input");
        };
    }

    protected void pressEnter() {
        type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
    }

    protected void pressCtrlEnter() {
        press(KeyCode.CONTROL, KeyCode.ENTER).release(KeyCode.ENTER, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
    }

    protected void pressAlt(KeyCode letter) {
        press(KeyCode.ALT, letter).release(letter, KeyCode.ALT);
        WaitForAsyncUtils.waitForFxEvents();
    }

    protected void pressEscape() {
        type(KeyCode.ESCAPE);
        WaitForAsyncUtils.waitForFxEvents();
    }
}
