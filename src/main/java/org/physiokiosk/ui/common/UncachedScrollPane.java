package org.physiokiosk.ui.common;

import javafx.scene.Node;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Skin;
import javafx.scene.control.skin.ScrollPaneSkin;

/**
 * A ScrollPane whose viewport is not cached as a bitmap. JavaFX 21's ScrollPaneSkin caches its viewport
 * ({@code setCache(true)}); with the software pipeline (a kiosk PC without a GPU) that screen-sized texture is
 * never freed once the pane leaves the scene: about 8 MB of heap kept per pane, for good. A kiosk builds a new
 * screen, and so a new pane, for every visit and every player session, so it ran out of memory in days
 * (measured: docs/benchmarks.md, "resident memory after 1,000 player sessions"). Use this for every scrolling
 * part of a screen.
 */
public class UncachedScrollPane extends ScrollPane {

    /** The style class ScrollPaneSkin gives its viewport. */
    static final String VIEWPORT = "viewport";

    public UncachedScrollPane(Node content) {
        super(content);
    }

    @Override
    protected Skin<?> createDefaultSkin() {
        ScrollPaneSkin skin = new ScrollPaneSkin(this);
        skin.getChildren().stream()
                .filter(child -> child.getStyleClass().contains(VIEWPORT))
                .forEach(viewport -> viewport.setCache(false));
        return skin;
    }
}
