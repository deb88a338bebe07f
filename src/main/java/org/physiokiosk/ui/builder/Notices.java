package org.physiokiosk.ui.builder;

import java.util.Optional;
import javafx.beans.value.ChangeListener;
import javafx.beans.value.ObservableValue;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.stage.Window;
import javafx.util.Duration;
import org.controlsfx.control.Notifications;

/**
 * Tells the therapist what happened ("saved", "export failed"): a line in the toolbar that stays, a ControlsFX
 * notification that comes and goes for news, and for a failure a bar under the toolbar that wraps within the
 * window and stays until closed or no longer true. One notice at a time: a new one replaces the last (a
 * second failed save does not stack a second bar, and a popup still showing goes when the next notice comes, of
 * whatever kind: ControlsFX stacks its popups, so "Not saved" and "Program opened" stood on the desk together),
 * and a notice that stops being true is taken back (F18: "saved" and "opened" go when the program is edited;
 * "fix the red field first" goes when nothing is red).
 */
final class Notices {

    static final String STATUS_ID = "builder-status";
    static final String ALERT_ID = "builder-alert";
    static final String ALERT_TEXT_ID = "builder-alert-text";
    static final String ALERT_CLOSE_ID = "builder-alert-close";

    /** What a notice is about, so it can be taken back when it stops being true. */
    enum Kind {
        NEWS,
        SAVED,
        /** Which program is on the desk now (opened, copied, made from a template): no longer news once edited. */
        OPENED,
        REFUSED,
        /** Refused, or said on opening, while a text is longer than fits the handout well. */
        TOO_LONG,
        FAILURE
    }

    /** How much of the window's width a popup's words may take before they wrap. */
    private static final double POPUP_SHARE_OF_WINDOW = 0.4;

    private final Label status = new Label();
    private final Label alertText = new Label();
    private final HBox alert;
    private Kind kind = Kind.NEWS;
    /** The popup showing the current notice, if it still shows. */
    private Optional<Window> popupShown = Optional.empty();
    /** Words to pop up once the screen is on a window; only the newest notice's. */
    private Optional<String> popupWaiting = Optional.empty();

    private boolean waitingForWindow;

    Notices() {
        status.setId(STATUS_ID);
        status.getStyleClass().add(BuilderStyle.STATUS);
        status.setWrapText(true);
        alertText.setId(ALERT_TEXT_ID);
        alertText.setWrapText(true);
        alertText.setMinWidth(0);
        alertText.getStyleClass().add(BuilderStyle.ALERT_TEXT);
        HBox.setHgrow(alertText, Priority.ALWAYS);
        alertText.setMaxWidth(Double.MAX_VALUE);
        Button close = new Button("✕");
        close.setId(ALERT_CLOSE_ID);
        close.getStyleClass().add(BuilderStyle.SMALL_BUTTON);
        close.setOnAction(event -> hideAlert());
        alert = new HBox(alertText, close);
        alert.setId(ALERT_ID);
        alert.setAlignment(Pos.CENTER_LEFT);
        alert.getStyleClass().add(BuilderStyle.ALERT);
        alert.managedProperty().bind(alert.visibleProperty());
        alert.setVisible(false);
        // The bar says it across the window: the toolbar's line would only repeat it, squeezed (same text kept).
        status.visibleProperty().bind(alert.visibleProperty().not());
        status.managedProperty().bind(status.visibleProperty());
    }

    Label view() {
        return status;
    }

    /** The failure bar; the toolbar puts it below itself, across the window's width. */
    Node alertView() {
        return alert;
    }

    void info(String text) {
        say(Kind.NEWS, text, false);
        popup(text);
    }

    /** "Saved": taken back by {@link #retract} once the program changes again. */
    void saved(String text) {
        say(Kind.SAVED, text, false);
        popup(text);
    }

    /** "Opened" and the like: taken back by {@link #retract} once the program changes. */
    void opened(String text) {
        say(Kind.OPENED, text, false);
        popup(text);
    }

    void error(String text) {
        say(Kind.FAILURE, text, true);
    }

    /**
     * Save, PDF or print refused while {@code field} holds refused text: said in the bar, and the field gets the
     * focus and is scrolled into view. Taken back by {@link #retract} once no field is red.
     */
    void refused(String text, String field) {
        refused(Kind.REFUSED, text, field);
    }

    void refused(Kind about, String text, String field) {
        say(about, text, true);
        Scene scene = status.getScene();
        Node node = scene == null ? null : scene.lookup("#" + field);
        if (node != null) {
            scene.getRoot().applyCss(); // the bar just shown takes room: scroll in the layout it makes
            scene.getRoot().layout();
            FieldReveal.reveal(node);
        }
    }

    /**
     * A quiet line (e.g. "saving…", or the hint that an exercise is already in the list) without a popup: a popup
     * comes over the window while the therapist goes on typing in the search field.
     */
    void progress(String text) {
        say(Kind.NEWS, text, false);
    }

    /** Takes back a notice of {@code about} that is no longer true; any other notice stays. */
    void retract(Kind about) {
        if (kind == about) {
            clear();
        }
    }

    void clear() {
        takeBackPopup();
        status.setText("");
        status.getStyleClass().remove(BuilderStyle.STATUS_ERROR);
        hideAlert();
        kind = Kind.NEWS;
    }

    private void say(Kind about, String text, boolean failure) {
        takeBackPopup(); // the newest notice is the one said; a popup of the last would contradict or repeat it
        kind = about;
        status.getStyleClass().remove(BuilderStyle.STATUS_ERROR);
        if (failure) {
            status.getStyleClass().add(BuilderStyle.STATUS_ERROR);
        }
        status.setText(text);
        alertText.setText(failure ? text : "");
        alert.setVisible(failure);
    }

    private void hideAlert() {
        alert.setVisible(false);
        alertText.setText("");
    }

    private void popup(String text) {
        Window window = status.getScene() == null ? null : status.getScene().getWindow();
        if (window == null) {
            // Said while the screen is being built (a draft brought back, a content problem for staff), and on a
            // narrow toolbar the status line has no room: say it once the screen is on the window.
            popupWaiting = Optional.of(text);
            if (!waitingForWindow) {
                waitingForWindow = true;
                status.sceneProperty().addListener(new ChangeListener<Scene>() {
                    @Override
                    public void changed(ObservableValue<? extends Scene> observable, Scene before, Scene after) {
                        if (after != null && after.getWindow() != null) {
                            observable.removeListener(this);
                            waitingForWindow = false;
                            popupWaiting.ifPresent(Notices.this::popup);
                            popupWaiting = Optional.empty();
                        }
                    }
                });
            }
            return;
        }
        // The words as a wrapping graphic kept within a share of the window: ControlsFX sizes its popup to one line of
        // text, and a long notice (the repeat's hint) ran off the screen's left edge at 1920x1080.
        Label words = new Label(text);
        words.setWrapText(true);
        words.getStyleClass().add(BuilderStyle.NOTICE_TEXT);
        words.setMaxWidth(window.getWidth() * POPUP_SHARE_OF_WINDOW);
        words.setMinHeight(Region.USE_PREF_SIZE);
        Notifications.create()
                .graphic(words)
                .owner(window)
                .position(Pos.BOTTOM_RIGHT)
                .hideAfter(Duration.seconds(4))
                .show(); // not showInformation(): it puts its icon in place of the words, and the popup came up empty
        // ControlsFX hands out no handle to its popup; the words are in the popup's scene once it shows.
        popupShown = Optional.ofNullable(words.getScene()).map(Scene::getWindow);
    }

    /**
     * Hides the popup still showing at once. ControlsFX has no call to replace a popup (its threshold collapses many
     * into "N notifications", which says nothing); it fades the hidden one's bar later and forgets it, harmlessly.
     */
    private void takeBackPopup() {
        popupWaiting = Optional.empty();
        popupShown.filter(Window::isShowing).ifPresent(Window::hide);
        popupShown = Optional.empty();
    }
}
