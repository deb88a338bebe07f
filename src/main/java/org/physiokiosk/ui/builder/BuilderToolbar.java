package org.physiokiosk.ui.builder;

import javafx.beans.binding.Bindings;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.util.Subscription;
import org.physiokiosk.ui.i18n.Messages;

/** The builder's top bar: new, save, undo, redo, export, print, what just happened, and leave. */
final class BuilderToolbar {

    static final String NEW_ID = "builder-new";
    static final String SAVE_ID = "builder-save";
    static final String UNDO_ID = "builder-undo";
    static final String REDO_ID = "builder-redo";
    static final String EXPORT_ID = "builder-export";
    static final String PRINT_ID = "builder-print";
    static final String LEAVE_ID = "builder-leave";
    static final String UNSAVED_ID = "builder-unsaved";
    /** The line under the toolbar where a notice goes that has no room in it on one line. */
    static final String STATUS_LINE_ID = "builder-status-line";

    private final HBox bar = new HBox();
    private final HBox statusLine = new HBox();
    private final Label status;
    private final Region spacer = new Region();
    private final VBox view;
    private final Subscription subscriptions;

    BuilderToolbar(
            Messages messages,
            BuilderModel model,
            BuilderCommands commands,
            SaveCommands saving,
            HandoutCommands handouts,
            Notices notices,
            Runnable onLeave) {
        bar.getStyleClass().add(BuilderStyle.TOOLBAR);
        Label title = new Label(messages.get("builder.title"));
        title.getStyleClass().add("pk-builder-title");
        title.setMinWidth(Region.USE_PREF_SIZE);

        Button create = button(messages, "builder.new", NEW_ID, commands::newProgram);
        Button save = button(messages, "builder.save", SAVE_ID, saving::save);
        save.getStyleClass().add(BuilderStyle.PRIMARY);
        Button undo = button(messages, "builder.undo", UNDO_ID, model::undo);
        undo.disableProperty().bind(model.canUndoProperty().not());
        Button redo = button(messages, "builder.redo", REDO_ID, model::redo);
        redo.disableProperty().bind(model.canRedoProperty().not());
        Button export = button(messages, "builder.export", EXPORT_ID, handouts::export);
        Button print = button(messages, "builder.print", PRINT_ID, handouts::print);
        // Nothing to hand out yet: an empty program has no exercises to print.
        export.disableProperty()
                .bind(model.programProperty().map(program -> program.items().isEmpty()));
        print.disableProperty().bind(export.disableProperty());

        // One status, always true (F18): "saved" and "opened" go once the program changes (beside "Not saved" they
        // read as a contradiction), and "fix the red field first" once no field is red.
        subscriptions = model.unsavedProperty()
                .subscribe(changed -> {
                    if (changed) {
                        notices.retract(Notices.Kind.SAVED);
                        notices.retract(Notices.Kind.OPENED);
                    }
                })
                .and(model.heldBackProperty().subscribe(held -> {
                    if (!held) {
                        notices.retract(Notices.Kind.REFUSED);
                    }
                }));

        Label unsaved = new Label(messages.get("builder.unsaved"));
        unsaved.setId(UNSAVED_ID);
        unsaved.getStyleClass().add(BuilderStyle.HINT);
        unsaved.visibleProperty().bind(model.unsavedProperty());
        unsaved.setMinWidth(Region.USE_PREF_SIZE); // "Niet opgeslag…" at 1280 wide: the status line gives way instead

        HBox.setHgrow(spacer, Priority.ALWAYS);
        status = notices.view();
        status.setMinWidth(0);
        status.setMaxWidth(Double.MAX_VALUE);
        HBox.setHgrow(status, Priority.SOMETIMES);
        Button leave = button(messages, "builder.leave", LEAVE_ID, onLeave);

        bar.getChildren()
                .addAll(
                        title,
                        create,
                        save,
                        separator(),
                        undo,
                        redo,
                        separator(),
                        export,
                        print,
                        unsaved,
                        spacer,
                        status,
                        leave);
        statusLine.setId(STATUS_LINE_ID);
        statusLine.getStyleClass().add(BuilderStyle.STATUS_LINE);
        statusLine.managedProperty().bind(statusLine.visibleProperty());
        // Shown while it holds the status and the status shows (a failure's red bar hides the status).
        statusLine
                .visibleProperty()
                .bind(Bindings.createBooleanBinding(
                        () -> statusLine.getChildren().contains(status) && status.isVisible(),
                        statusLine.getChildren(),
                        status.visibleProperty()));
        view = new VBox(bar, statusLine, notices.alertView()) {
            @Override
            protected void layoutChildren() {
                // Placed before each layout, from the words and the window's width alone: the other tools keep
                // their widths wherever the status stands, so its place cannot flip back and forth. (Not on a
                // change of the words: the label's own skin hears of them after a listener of ours.)
                placeStatus(getWidth());
                super.layoutChildren();
            }
        };
    }

    /**
     * The status in the bar when it fits there on one line, else on a line of its own under the bar, across the
     * window. At 1366 wide the bar has about 130 px left beside its tools: the repeat's hint ("... staat er al in
     * als oefening 2 ...") wrapped there into sixteen lines and the bar grew 350 px tall over the desk.
     */
    private void placeStatus(double width) {
        boolean below = width > 0 && status.prefWidth(-1) > roomInBar(width);
        if (below && status.getParent() != statusLine) {
            bar.getChildren().remove(status);
            statusLine.getChildren().setAll(status);
        } else if (!below && status.getParent() != bar) {
            statusLine.getChildren().clear();
            bar.getChildren().add(bar.getChildren().size() - 1, status); // before "leave", as always
        }
    }

    /** The width the bar leaves beside its tools (the spacer takes none of it from the status). */
    private double roomInBar(double width) {
        double used = bar.snappedLeftInset() + bar.snappedRightInset();
        int gaps = 0;
        for (Node child : bar.getChildren()) {
            if (child != status && child.isManaged()) {
                used += child == spacer ? 0 : child.prefWidth(-1); // the spacer gives way to the status
                gaps++;
            }
        }
        return width - used - bar.getSpacing() * gaps;
    }

    private static Button button(Messages messages, String key, String id, Runnable action) {
        Button button = new Button(messages.get(key));
        button.setId(id);
        button.getStyleClass().add(BuilderStyle.TOOL_BUTTON);
        button.setMinWidth(Region.USE_PREF_SIZE); // "Nie…" is no button name; the status line gives way instead
        String tip = messages.get(key + ".tip");
        button.setTooltip(new Tooltip(tip));
        button.setOnAction(event -> action.run());
        return button;
    }

    private static Region separator() {
        Region separator = new Region();
        separator.getStyleClass().add("pk-toolbar-gap");
        return separator;
    }

    /** The bar, and below it the failure line (hidden while there is none). */
    Parent view() {
        return view;
    }

    void dispose() {
        subscriptions.unsubscribe();
    }
}
