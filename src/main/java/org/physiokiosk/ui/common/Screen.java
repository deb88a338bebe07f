package org.physiokiosk.ui.common;

import java.time.Duration;
import java.util.Optional;
import javafx.scene.Parent;

/**
 * One full-window screen. A screen owns its listeners and animations and releases them in
 * {@link #dispose()}, which the navigator calls when the screen leaves: a kiosk runs for weeks.
 */
public interface Screen {

    Parent view();

    default void dispose() {}

    /**
     * True while the patient is in the middle of something that must not be cut off by the idle reset
     * (a running exercise); a paused exercise or a page being read does not hold the idle clock.
     */
    default boolean holdsIdleClock() {
        return false;
    }

    /**
     * True for the screen an untouched kiosk shows between visits: there is no visit to forget, so the idle guard
     * asks nobody anything here.
     */
    default boolean isBetweenVisits() {
        return false;
    }

    /**
     * How long this screen may stand untouched before the kiosk asks whether anyone is still there, when it
     * needs longer than the kiosk's setting; empty for the patients' screens, which use the setting.
     */
    default Optional<Duration> idlePatience() {
        return Optional.empty();
    }
}
