package org.physiokiosk.ui.common;

import javafx.scene.AccessibleAction;
import javafx.scene.layout.VBox;

/**
 * A column of content that is one big button as a whole: tiles and cards. The tap rules are in
 * {@link TapAction}; this class adds the screen reader's "activate".
 */
public class TapCard extends VBox {

    private final TapAction tap;

    public TapCard(String spokenText, Runnable action) {
        tap = TapAction.install(this, spokenText, action);
    }

    @Override
    public void executeAccessibleAction(AccessibleAction action, Object... parameters) {
        if (action == AccessibleAction.FIRE) {
            tap.fire();
        } else {
            super.executeAccessibleAction(action, parameters);
        }
    }
}
