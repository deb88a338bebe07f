package org.physiokiosk.ui.builder;

import java.util.List;
import java.util.regex.Pattern;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.physiokiosk.program.ProgramStore;
import org.physiokiosk.ui.common.WrappingLabel;
import org.physiokiosk.ui.i18n.Messages;

/**
 * Under the saved programs, the files that could not be read: one file is named at once; several take one line
 * ("12 files could not be read") and a button that shows which, in a box of limited height that scrolls. One
 * line each, shown whole, took the list's room: forty broken files pushed the readable programs out of sight.
 * Files are named by file only, in plain words of the screen's language (the technical reason is in the log).
 */
final class UnreadableFilesNote extends VBox {

    static final String SUMMARY_ID = "builder-saved-problems";
    static final String DETAILS_BUTTON_ID = "builder-saved-problems-details";
    static final String DETAILS_ID = "builder-saved-problems-list";
    static final String DETAILS_BOX = "pk-saved-problems-box";

    /** Control and format characters, and the replacement character of bytes that were no text. */
    private static final Pattern NOT_SHOWN = Pattern.compile("[\\p{Cc}\\p{Cf}\\p{Co}\\p{Cn}\\x{FFFD}]");

    private final Messages messages;
    private final Label summary = new Label();
    private final Button details = new Button();
    private final Label lines = new Label();
    private final ScrollPane box = new ScrollPane(lines);

    UnreadableFilesNote(Messages messages) {
        this.messages = messages;
        summary.setId(SUMMARY_ID);
        summary.getStyleClass().add(BuilderStyle.PROBLEM);
        WrappingLabel.wrapWhole(summary);
        details.setId(DETAILS_BUTTON_ID);
        details.getStyleClass().add(BuilderStyle.TOOL_BUTTON);
        details.setOnAction(event -> showDetails(!box.isVisible()));
        details.managedProperty().bind(details.visibleProperty());
        lines.setId(DETAILS_ID);
        lines.getStyleClass().add(BuilderStyle.PROBLEM);
        WrappingLabel.wrapWhole(lines);
        box.getStyleClass().add(DETAILS_BOX);
        box.setFitToWidth(true);
        box.managedProperty().bind(box.visibleProperty());
        // An HBox, not a FlowPane: a flow gives the summary its one-line width, and one long file name then widened
        // the whole saved-programs column under the program's form (seen at 1280x800); here the summary wraps.
        summary.setMinWidth(0);
        HBox.setHgrow(summary, Priority.ALWAYS);
        details.setMinWidth(Region.USE_PREF_SIZE);
        HBox head = new HBox(summary, details);
        head.getStyleClass().add(BuilderStyle.UNREADABLE_HEAD);
        getChildren().addAll(head, box);
        managedProperty().bind(visibleProperty());
        show(List.of());
    }

    void show(List<ProgramStore.Unreadable> unreadable) {
        List<String> named = unreadable.stream().map(this::line).toList();
        setVisible(!named.isEmpty());
        summary.setText(
                named.size() == 1 ? named.get(0) : messages.format("builder.saved.unreadableCount", named.size()));
        details.setVisible(named.size() > 1);
        lines.setText(String.join("\n", named));
        showDetails(false);
    }

    private void showDetails(boolean shown) {
        box.setVisible(shown);
        details.setText(messages.get(shown ? "builder.saved.problemsHide" : "builder.saved.problemsShow"));
    }

    /** "kapot.json: Dit bestand is beschadigd…": the file's own name, never its path or its contents. */
    private String line(ProgramStore.Unreadable unreadable) {
        String name = NOT_SHOWN.matcher(unreadable.fileName()).replaceAll("?");
        return messages.format(
                "builder.saved.unreadable",
                name,
                messages.get(
                        switch (unreadable.kind()) {
                            case DAMAGED -> "builder.saved.unreadable.damaged";
                            case NEWER_VERSION -> "builder.saved.unreadable.newer";
                            case NOT_READABLE -> "builder.saved.unreadable.notReadable";
                        }));
    }
}
