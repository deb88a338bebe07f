package org.physiokiosk.ui.common;

import javafx.application.Platform;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.geometry.Orientation;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ScrollBar;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.scene.shape.Rectangle;
import javafx.util.Subscription;
import org.physiokiosk.ui.i18n.Messages;
import org.physiokiosk.ui.theme.Theme;

/**
 * A part of a screen that may be taller than the screen: it scrolls by dragging a finger anywhere on it,
 * and where it does not fit, two large arrows page up and down for those who do not think of swiping.
 * The arrows appear only when there is something to page to.
 */
public final class PageScroller extends HBox {

    public static final String UP_ID_SUFFIX = "-page-up";
    public static final String DOWN_ID_SUFFIX = "-page-down";

    private final ScrollPane scroll;
    private final VBox arrows;
    private final Button up;
    private final Button down;
    private final Subscription subscriptions;
    private final ReadOnlyBooleanWrapper seenEnd = new ReadOnlyBooleanWrapper(this, "seenEnd");
    private final ReadOnlyBooleanWrapper pagedToEnd = new ReadOnlyBooleanWrapper(this, "pagedToEnd");
    private final ReadOnlyBooleanWrapper paging = new ReadOnlyBooleanWrapper(this, "paging");
    private boolean roomKept;

    public PageScroller(String id, Node content, Messages messages) {
        getStyleClass().add(Theme.PAGE_SCROLLER);
        scroll = new UncachedScrollPane(content);
        scroll.setId(id);
        scroll.setFitToWidth(true);
        scroll.setPannable(true);
        scroll.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        HBox.setHgrow(scroll, Priority.ALWAYS);
        up = arrow("▲", messages.get("common.pageUp"), -1);
        up.setId(id + UP_ID_SUFFIX);
        down = arrow("▼", messages.get("common.pageDown"), 1);
        down.setId(id + DOWN_ID_SUFFIX);
        Region gap = new Region();
        VBox.setVgrow(gap, Priority.ALWAYS);
        arrows = new VBox(up, gap, down);
        arrows.getStyleClass().add(Theme.PAGE_ARROWS);
        arrows.managedProperty().bind(arrows.visibleProperty());
        getChildren().addAll(scroll, arrows);
        // Scrolling moves only the position: whether the content overflows (a height measured at a width, through
        // every tile or card) is asked again when the viewport or the content changes size, not on every pulse of a
        // finger's drag.
        subscriptions = scroll.vvalueProperty()
                .subscribe(this::updatePosition)
                .and(scroll.viewportBoundsProperty().subscribe(this::updateArrows))
                .and(
                        scroll.contentProperty().get() instanceof Region region
                                ? region.heightProperty().subscribe(this::updateArrows)
                                : Subscription.EMPTY);
        arrows.visibleProperty().bind(up.visibleProperty().or(down.visibleProperty()));
        paging.bind(arrows.visibleProperty());
        updateArrows();
    }

    private Button arrow(String glyph, String spoken, int direction) {
        Button button = new Button(glyph);
        button.getStyleClass().add(Theme.PAGE_ARROW);
        button.setAccessibleText(spoken);
        button.setOnAction(event -> page(direction));
        return button;
    }

    /** Moves by most of a screenful, keeping a line of the old page in view so the reader keeps their place. */
    private void page(int direction) {
        double overflow = overflow();
        if (overflow <= 0) {
            return;
        }
        double step = scroll.getViewportBounds().getHeight() * 0.85 / overflow;
        scroll.setVvalue(Math.max(0, Math.min(1, scroll.getVvalue() + direction * step)));
    }

    private double overflow() {
        Node content = scroll.getContent();
        return content == null
                ? 0
                : content.getLayoutBounds().getHeight()
                        - scroll.getViewportBounds().getHeight();
    }

    /**
     * Whether the content overflows even without the arrows and the scroll bar beside it, asked at the width it
     * would have without them and at this part's own size. Asked at the width it has with them, the answer would
     * depend on whether they show: content that fits only without them (narrower is taller) kept them, and the
     * cut-off tiles with them, once they had appeared during a first layout pass. Asked at this part's own size
     * (not the viewport's), it can be asked before the scroll pane is laid out: see {@link #layoutChildren()}.
     */
    private boolean overflowsWithoutArrows() {
        if (roomKept || getWidth() <= 0 || !(scroll.getContent() instanceof Region content)) {
            return overflow() > 1;
        }
        double width = getWidth()
                - snappedLeftInset()
                - snappedRightInset()
                - scroll.snappedLeftInset()
                - scroll.snappedRightInset();
        double viewport = getHeight()
                - snappedTopInset()
                - snappedBottomInset()
                - scroll.snappedTopInset()
                - scroll.snappedBottomInset();
        double needed = scroll.isFitToHeight()
                ? content.minHeight(width)
                : Math.max(content.minHeight(width), content.prefHeight(width));
        return needed - viewport > 1;
    }

    /**
     * Decides whether the arrows show before laying them out, from this part's own size. Decided afterwards (when
     * the scroll pane's viewport got its size, as before), they appeared in the middle of a layout pass that had
     * already placed the children: for one frame, or ~2 s on a loaded machine, an unplaced ▲▼ stood at the top
     * left, over the first tile (hostile walk F24). Then the arrows are kept inside this part's height: a
     * column that gives it less than two arrows' height gets arrows cut at its edge, never arrows drawn (and
     * tapped) over the button under it (F22).
     */
    @Override
    protected void layoutChildren() {
        if (!roomKept) {
            showArrows(overflowsWithoutArrows());
        }
        super.layoutChildren();
        double inside = getHeight() - snappedTopInset() - snappedBottomInset();
        if (arrows.getHeight() > inside + 0.5) {
            arrows.setClip(new Rectangle(0, 0, arrows.getWidth(), Math.max(0, inside)));
        } else if (arrows.getClip() != null) {
            arrows.setClip(null);
        }
    }

    /**
     * At least as tall as the two arrows: a part that pages must have room for its arrows, and a column that
     * sizes this part from its least height then gives it that much.
     */
    @Override
    protected double computeMinHeight(double width) {
        return Math.max(super.computeMinHeight(width), snappedTopInset() + arrows.minHeight(-1) + snappedBottomInset());
    }

    private void updateArrows() {
        if (showArrows(overflowsWithoutArrows())) {
            // The arrows learn they are needed during a layout pass (the viewport just got its size); a
            // request made inside that pass is dropped, and they would stay where an unmanaged node sits: at
            // the top left, over the content. Lay out again on the next pulse.
            Platform.runLater(this::requestLayout);
        }
        updatePosition();
    }

    /** @return whether that changed whether they show */
    private boolean showArrows(boolean overflows) {
        boolean changed = up.isVisible() != overflows;
        up.setVisible(overflows);
        down.setVisible(overflows);
        return changed;
    }

    /** The arrows' enabled states and whether the end was reached, for the overflow last decided. */
    private void updatePosition() {
        boolean overflows = up.isVisible();
        up.setDisable(scroll.getVvalue() <= 0.001);
        down.setDisable(scroll.getVvalue() >= 0.999);
        // Reaching the end is remembered; fitting is not, since a first layout pass can measure the content
        // before its text has wrapped and think it fits.
        boolean laidOut = scroll.getViewportBounds().getHeight() > 0;
        if (laidOut && overflows && scroll.getVvalue() >= 0.999) {
            pagedToEnd.set(true);
        }
        seenEnd.set(pagedToEnd.get() || (laidOut && !overflows));
    }

    /**
     * True when the whole content has been in view: it fits, or it was scrolled to the end at least once. A
     * screen can ask that a list of warning signs is read to its end before going on.
     */
    public ReadOnlyBooleanProperty seenEndProperty() {
        return seenEnd.getReadOnlyProperty();
    }

    /**
     * True once content that did not fit has been paged or scrolled to its end: a patient's own act, never a
     * first layout pass's guess (unlike "it fits"), so a screen may remember it beyond its own life.
     */
    public ReadOnlyBooleanProperty pagedToEndProperty() {
        return pagedToEnd.getReadOnlyProperty();
    }

    /**
     * How much wider this part is than its content's own width when it pages: its insets, the arrows beside
     * the content and the gap to them, the scroll pane's insets and its vertical scroll bar. The arrows and the
     * bar show only when the content overflows; they are counted anyway, so a layout that sizes the part to its
     * content does not change once they appear. Valid once CSS has been applied (at the start of a layout pass).
     */
    public double pagingChromeWidth() {
        double bar = verticalBarWidth(false);
        return snappedLeftInset()
                + snappedRightInset()
                + getSpacing()
                + arrows.prefWidth(-1)
                + scroll.snappedLeftInset()
                + scroll.snappedRightInset()
                + bar;
    }

    /**
     * Keeps the arrows' room beside the content when they are not needed, so this part is as wide and as tall
     * either way. For a part whose height its neighbours share: in the player, arrows that took their room only
     * when shown made the step text narrower and taller, which changed the room the player gave it, which hid
     * them again, on every pulse of a paused exercise.
     */
    public PageScroller keepArrowsRoom() {
        roomKept = true;
        arrows.managedProperty().unbind();
        arrows.setManaged(true);
        updateArrows();
        return this;
    }

    /**
     * Puts the arrows before the content, at its left, instead of after it. For a column whose right edge
     * borders another column: arrows there would seem to belong to the neighbour.
     */
    public PageScroller arrowsFirst() {
        getChildren().setAll(arrows, scroll);
        return this;
    }

    private double verticalBarWidth(boolean onlyShown) {
        double bar = 0;
        for (Node node : scroll.getChildrenUnmodifiable()) { // the skin's bars, not the content's nodes
            if (node instanceof ScrollBar scrollBar
                    && scrollBar.getOrientation() == Orientation.VERTICAL
                    && (scrollBar.isVisible() || !onlyShown)) {
                bar = Math.max(bar, scrollBar.prefWidth(-1));
            }
        }
        return bar;
    }

    /**
     * True while the content does not fit and the arrows show. Decided at the start of this part's layout pass,
     * before its content is laid out, so a screen that arranges its content differently when it pages (without
     * changing its size) is laid out that way in the same pass.
     */
    public ReadOnlyBooleanProperty pagingProperty() {
        return paging.getReadOnlyProperty();
    }

    public ScrollPane scrollPane() {
        return scroll;
    }

    /** Releases the listeners; the owning screen calls this from its dispose(). */
    public void dispose() {
        subscriptions.unsubscribe();
    }
}
