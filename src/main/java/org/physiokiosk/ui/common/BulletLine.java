package org.physiokiosk.ui.common;

import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import org.physiokiosk.ui.theme.Theme;

/** One item of a list with a hanging indent: wrapped lines start under the text, not under the bullet. */
public final class BulletLine extends HBox {

    public BulletLine(String text) {
        getStyleClass().add(Theme.BULLET_LINE);
        Label bullet = new Label("•");
        bullet.getStyleClass().add(Theme.LIST_ITEM);
        bullet.setMinWidth(Region.USE_PREF_SIZE);
        Label body = new Label(text);
        body.getStyleClass().add(Theme.LIST_ITEM);
        body.setMinHeight(Region.USE_PREF_SIZE);
        HBox.setHgrow(body, Priority.ALWAYS);
        getChildren().addAll(bullet, body);
    }
}
