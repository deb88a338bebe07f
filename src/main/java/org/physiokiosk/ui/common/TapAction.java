package org.physiokiosk.ui.common;

import javafx.css.PseudoClass;
import javafx.event.EventTarget;
import javafx.scene.AccessibleRole;
import javafx.scene.Node;
import javafx.scene.control.ButtonBase;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseEvent;

/**
 * Makes any node act as one large button for a finger: it fires when the finger lifts close to where it
 * went down, so a swipe that starts on a tile scrolls the page instead of opening the tile. It is also a
 * button for the keyboard (focus, Enter or Space) and for a screen reader (role BUTTON and a text).
 * Touches become mouse events in JavaFX, so mouse events are all it listens to.
 */
public final class TapAction {

    /** Shown while the finger is down and the tap would still fire. */
    public static final PseudoClass ARMED = PseudoClass.getPseudoClass("armed");

    /**
     * How far a finger may wander between down and up and still tap, in scene units. An older hand shakes a
     * few millimetres; a deliberate swipe moves much further. Not a style: a gesture threshold.
     */
    static final double SLOP = 24;

    private final Node node;
    private final Runnable action;
    private boolean armed;
    private double downX;
    private double downY;

    private TapAction(Node node, Runnable action) {
        this.node = node;
        this.action = action;
    }

    /** Installs the tap on {@code node}; {@code spokenText} is what a screen reader says for it. */
    public static TapAction install(Node node, String spokenText, Runnable action) {
        TapAction tap = new TapAction(node, action);
        node.setAccessibleRole(AccessibleRole.BUTTON);
        node.setAccessibleText(spokenText);
        node.setFocusTraversable(true);
        node.addEventHandler(MouseEvent.MOUSE_PRESSED, tap::pressed);
        node.addEventHandler(MouseEvent.MOUSE_DRAGGED, tap::dragged);
        node.addEventHandler(MouseEvent.MOUSE_RELEASED, tap::released);
        node.addEventHandler(KeyEvent.KEY_PRESSED, tap::key);
        return tap;
    }

    /** Runs the action as a tap would: for the accessibility FIRE action. */
    public void fire() {
        action.run();
    }

    private void pressed(MouseEvent event) {
        if (insideAButton(event.getTarget())) {
            return;
        }
        downX = event.getSceneX();
        downY = event.getSceneY();
        setArmed(true);
    }

    private void dragged(MouseEvent event) {
        if (armed && movedTooFar(event)) {
            setArmed(false);
        }
    }

    private void released(MouseEvent event) {
        if (!armed) {
            return;
        }
        setArmed(false);
        boolean stillOver = node.contains(node.sceneToLocal(event.getSceneX(), event.getSceneY()));
        if (stillOver && !movedTooFar(event)) {
            event.consume();
            action.run();
        }
    }

    private void key(KeyEvent event) {
        if (event.getCode() == KeyCode.ENTER || event.getCode() == KeyCode.SPACE) {
            event.consume();
            action.run();
        }
    }

    private boolean movedTooFar(MouseEvent event) {
        return Math.hypot(event.getSceneX() - downX, event.getSceneY() - downY) > SLOP;
    }

    /** A real button inside the tapped area (a language button on the start screen) handles its own tap. */
    private boolean insideAButton(EventTarget target) {
        Node current = target instanceof Node n ? n : null;
        while (current != null && current != node) {
            if (current instanceof ButtonBase) {
                return true;
            }
            current = current.getParent();
        }
        return false;
    }

    private void setArmed(boolean value) {
        armed = value;
        node.pseudoClassStateChanged(ARMED, value);
    }
}
