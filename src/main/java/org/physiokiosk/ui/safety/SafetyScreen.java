package org.physiokiosk.ui.safety;

import java.util.List;
import java.util.Optional;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.physiokiosk.content.JsonName;
import org.physiokiosk.content.RedFlag;
import org.physiokiosk.content.Urgency;
import org.physiokiosk.ui.common.PageScroller;
import org.physiokiosk.ui.common.Screen;
import org.physiokiosk.ui.common.TopBar;
import org.physiokiosk.ui.common.UrgencyMarks;
import org.physiokiosk.ui.common.WrappingLabel;
import org.physiokiosk.ui.i18n.Messages;
import org.physiokiosk.ui.theme.Theme;

/**
 * Before the first exercise of a complaint: its warning signs in large type, grouped and marked by how urgent
 * they are (an emergency sign looks like one, a "see your GP if it lasts" sign does not), and the patient says
 * none of them applies before exercising. The answer is the shell's to keep, for this visit only.
 */
public final class SafetyScreen implements Screen {

    public static final String CONFIRM_ID = "safety-confirm";
    public static final String APPLIES_ID = "safety-applies";
    public static final String SIGNS_ID = "safety-signs";
    public static final String READ_ALL_ID = "safety-read-all";

    private final VBox root = new VBox();
    private final PageScroller scroller;

    public SafetyScreen(
            List<RedFlag> flags, Messages messages, TopBar topBar, Runnable onNoneApplies, Runnable onOneApplies) {
        root.getStyleClass().addAll(Theme.SCREEN, Theme.SAFETY_SCREEN);
        String language = messages.language();
        Optional<Urgency> mostUrgent = UrgencyMarks.mostUrgent(flags);
        WrappingLabel title =
                new WrappingLabel(UrgencyMarks.marked(mostUrgent, messages.get("safety.title")), Theme.TITLE);
        UrgencyMarks.colour(title, mostUrgent);
        WrappingLabel question = new WrappingLabel(messages.get("safety.question"), Theme.SUBTITLE);

        VBox signs = new VBox();
        signs.setId(SIGNS_ID);
        signs.getStyleClass().add(Theme.SAFETY_SIGNS);
        UrgencyMarks.byUrgency(flags).forEach((urgency, group) -> {
            VBox box = UrgencyMarks.group(urgency, messages.get("safety.group." + JsonName.of(urgency)));
            for (RedFlag flag : group) {
                box.getChildren().add(UrgencyMarks.sign(urgency, flag.text().in(language), Theme.SAFETY_SIGN));
            }
            signs.getChildren().add(box);
        });
        scroller = new PageScroller(SIGNS_ID + "-scroll", signs, messages);
        VBox.setVgrow(scroller, Priority.ALWAYS);

        Button confirm = bigButton(CONFIRM_ID, "✓  " + messages.get("safety.noneApplies"), onNoneApplies);
        confirm.getStyleClass().add(Theme.MAIN_ACTION);
        Button applies = bigButton(APPLIES_ID, messages.get("safety.oneApplies"), onOneApplies);
        UrgencyMarks.colour(applies, mostUrgent).getStyleClass().add(Theme.ALARM_BUTTON);
        // "None of these" only counts once every sign has been on screen: on a small screen the list pages.
        confirm.disableProperty().bind(scroller.seenEndProperty().not());
        WrappingLabel readAll = new WrappingLabel(messages.get("safety.readAll"), Theme.NOTICE);
        readAll.setId(READ_ALL_ID);
        readAll.visibleProperty().bind(scroller.seenEndProperty().not());
        // While the list pages, the line's room stays when it hides (every sign read): ▼ then stays where it was,
        // as on the exercise page, instead of moving down under a finger that keeps tapping (F22).
        readAll.managedProperty().bind(readAll.visibleProperty().or(scroller.pagingProperty()));
        FlowPane answers = new FlowPane(confirm, applies);
        answers.getStyleClass().add(Theme.ANSWERS);
        root.getChildren().addAll(topBar.view(), title, question, scroller, readAll, answers);
    }

    static Button bigButton(String id, String text, Runnable action) {
        Button button = new Button(text);
        button.setId(id);
        button.getStyleClass().add(Theme.BIG_BUTTON);
        button.setWrapText(true);
        button.setMinHeight(Region.USE_PREF_SIZE);
        button.setOnAction(event -> action.run());
        return button;
    }

    @Override
    public Parent view() {
        return root;
    }

    @Override
    public void dispose() {
        scroller.dispose();
    }
}
