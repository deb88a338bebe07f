package org.physiokiosk.ui.common;

import javafx.event.Event;
import javafx.event.EventType;
import javafx.scene.Node;

/**
 * Said by whatever replaces what is under a patient's finger: a new screen, another part of a page, a summary
 * in place of the player, a question that appears or goes. It bubbles up to the window, where the shell's tap
 * guard hears it; a screen needs no wiring to say it (decision 0028).
 */
public final class ContentChange extends Event {

    private static final long serialVersionUID = 1L;

    public static final EventType<ContentChange> CHANGED = new EventType<>(Event.ANY, "PK_CONTENT_CHANGED");

    private ContentChange() {
        super(CHANGED);
    }

    /** Tells the window that what is at {@code node} was replaced; nothing happens while it is not on a window. */
    public static void announce(Node node) {
        Event.fireEvent(node, new ContentChange());
    }
}
