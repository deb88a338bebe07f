package org.physiokiosk.ui.common;

import static org.assertj.core.api.Assertions.assertThat;

import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxToolkit;

/** The viewport of our scroll panes is not cached, where JavaFX's own is (the control: else the test proves nothing). */
class UncachedScrollPaneTest {

    @BeforeAll
    static void startToolkit() throws Exception {
        FxToolkit.registerPrimaryStage();
    }

    @Test
    void viewportIsNotCachedWhereJavaFxCachesIt() throws Exception {
        Boolean[] cached = FxToolkit.setupFixture(() -> new Boolean[] {
            viewport(new ScrollPane(new Label("plain"))).isCache(),
            viewport(new UncachedScrollPane(new Label("ours"))).isCache()
        });
        assertThat(cached[0])
                .as("JavaFX's ScrollPane caches its viewport (the reason for this class)")
                .isTrue();
        assertThat(cached[1]).as("ours does not").isFalse();
    }

    private static Node viewport(ScrollPane pane) {
        new Scene(pane, 200, 200);
        pane.applyCss();
        pane.layout();
        return pane.lookup("." + UncachedScrollPane.VIEWPORT);
    }
}
