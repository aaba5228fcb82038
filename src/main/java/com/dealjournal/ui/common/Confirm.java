package com.dealjournal.ui.common;

import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.stage.Window;

/** Asks before something a user may regret, naming exactly what will happen. */
public final class Confirm {

    private Confirm() {
    }

    /** True when the user chose {@code action}; Esc or the cancel button answer false. */
    public static boolean ask(Window owner, String header, String text, String action, String cancel) {
        ButtonType yes = new ButtonType(action, ButtonBar.ButtonData.OK_DONE);
        ButtonType no = new ButtonType(cancel, ButtonBar.ButtonData.CANCEL_CLOSE);
        Alert alert = new Alert(Alert.AlertType.CONFIRMATION, text, yes, no);
        alert.initOwner(owner);
        alert.setTitle(header);
        alert.setHeaderText(header);
        alert.getDialogPane().getStyleClass().add("confirm");
        return alert.showAndWait().filter(yes::equals).isPresent();
    }
}
