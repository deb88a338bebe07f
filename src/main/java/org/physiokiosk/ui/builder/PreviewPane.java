package org.physiokiosk.ui.builder;

import java.util.List;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.image.ImageView;
import javafx.scene.image.PixelFormat;
import javafx.scene.image.WritableImage;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.physiokiosk.ui.common.UncachedScrollPane;
import org.physiokiosk.ui.common.WrappingLabel;
import org.physiokiosk.ui.i18n.Messages;

/** The handout's pages as they will print, with a line saying whether they are current. */
final class PreviewPane extends VBox {

    static final String ID = "builder-preview";
    static final String STATUS_ID = "builder-preview-status";

    private final VBox pages = new VBox();
    private final Label status = new Label();
    private final ScrollPane scroll = new UncachedScrollPane(pages);

    PreviewPane(Messages messages) {
        setId(ID);
        getStyleClass().addAll(BuilderStyle.COLUMN, "pk-preview");
        Label title = new Label(messages.get("builder.preview.title"));
        title.getStyleClass().add(BuilderStyle.COLUMN_TITLE);
        status.setId(STATUS_ID);
        status.getStyleClass().add(BuilderStyle.HINT);
        WrappingLabel.wrapWhole(status);
        pages.getStyleClass().add(BuilderStyle.PREVIEW_PAGES);
        scroll.setFitToWidth(true);
        VBox.setVgrow(scroll, Priority.ALWAYS);
        getChildren().addAll(title, status, scroll);
    }

    void showPages(List<PageRasters.Page> rasters, String statusText) {
        removePages();
        for (PageRasters.Page page : rasters) {
            WritableImage image = new WritableImage(page.width(), page.height());
            image.getPixelWriter()
                    .setPixels(
                            0,
                            0,
                            page.width(),
                            page.height(),
                            PixelFormat.getIntArgbInstance(),
                            page.argb(),
                            0,
                            page.width());
            ImageView view = new ImageView(image);
            view.setPreserveRatio(true);
            view.setSmooth(true);
            // Pages fit the column's width, less the scroll bar: the therapist reads them without scrolling sideways.
            view.fitWidthProperty().bind(scroll.widthProperty().subtract(48));
            view.getStyleClass().add(BuilderStyle.PREVIEW_PAGE);
            pages.getChildren().add(view);
        }
        status.setText(statusText);
    }

    void showStatus(String text) {
        status.setText(text);
    }

    /** Shows a message instead of pages (nothing to preview, or no renderer yet). */
    void showMessage(String text) {
        removePages();
        status.setText(text);
    }

    int pageCount() {
        return pages.getChildren().size();
    }

    private void removePages() {
        pages.getChildren()
                .forEach(node -> ((ImageView) node).fitWidthProperty().unbind());
        pages.getChildren().clear();
    }

    void clear() {
        removePages();
        status.setText("");
    }
}
