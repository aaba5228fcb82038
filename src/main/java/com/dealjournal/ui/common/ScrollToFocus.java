package com.dealjournal.ui.common;

import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.ScrollPane;

/**
 * Keeps the focused control of a scroll pane in view, so that moving through a long form with Tab, or
 * a shortcut that focuses a field, never leaves the user typing into a field they cannot see.
 */
public final class ScrollToFocus {

    private ScrollToFocus() {
    }

    public static void install(ScrollPane scroll) {
        scroll.sceneProperty().addListener((obs, old, scene) -> {
            if (scene != null) {
                scene.focusOwnerProperty().addListener((o, was, focused) -> reveal(scroll, scene, focused));
            }
        });
    }

    private static void reveal(ScrollPane scroll, Scene scene, Node focused) {
        Node content = scroll.getContent();
        if (focused == null || content == null || scroll.getScene() != scene || !isInside(focused, content)) {
            return;
        }
        Bounds node = content.sceneToLocal(focused.localToScene(focused.getBoundsInLocal()));
        double contentHeight = content.getBoundsInLocal().getHeight();
        double viewport = scroll.getViewportBounds().getHeight();
        if (contentHeight <= viewport) {
            return;
        }
        double top = scroll.getVvalue() * (contentHeight - viewport);
        double target = top;
        if (node.getMinY() < top) {
            target = node.getMinY() - 8;
        } else if (node.getMaxY() > top + viewport) {
            target = node.getMaxY() - viewport + 8;
        }
        scroll.setVvalue(Math.clamp(target / (contentHeight - viewport), 0, 1));
    }

    private static boolean isInside(Node node, Node ancestor) {
        for (Node n = node; n != null; n = n.getParent()) {
            if (n == ancestor) {
                return true;
            }
        }
        return false;
    }
}
