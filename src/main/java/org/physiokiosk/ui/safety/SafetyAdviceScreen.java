package org.physiokiosk.ui.safety;

import java.util.List;
import java.util.Optional;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.layout.Priority;
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
 * "One of these applies to me": no exercises now, and what to do, the most urgent first, each with the signs it
 * is for: for an urgent sign first "tell the desk or your physiotherapist now", then the content's own urgency
 * words. Then back to the start of the kiosk.
 */
public final class SafetyAdviceScreen implements Screen {

    public static final String ADVICE_ID = "safety-advice";
    public static final String HOME_ID = "safety-home";
    public static final String TELL_NOW_ID = "safety-tell-now";

    /** "Tell the desk or your physiotherapist now" (safety.css): red for an emergency, brown for "call your GP". */
    static final String TELL_NOW = "pk-safety-tell-now";

    private final VBox root = new VBox();
    private final PageScroller scroller;

    public SafetyAdviceScreen(List<RedFlag> flags, Messages messages, TopBar topBar, Runnable onHome) {
        root.getStyleClass().addAll(Theme.SCREEN, Theme.SAFETY_SCREEN);
        String language = messages.language();
        Optional<Urgency> mostUrgent = UrgencyMarks.mostUrgent(flags);
        WrappingLabel title =
                new WrappingLabel(UrgencyMarks.marked(mostUrgent, messages.get("safety.advice.title")), Theme.TITLE);
        UrgencyMarks.colour(title, mostUrgent);

        VBox advice = new VBox();
        advice.setId(ADVICE_ID);
        advice.getStyleClass().add(Theme.SAFETY_SIGNS);
        UrgencyMarks.byUrgency(flags).forEach((urgency, group) -> {
            VBox box = UrgencyMarks.group(urgency, messages.get("safety.group." + JsonName.of(urgency)));
            box.getChildren().add(new WrappingLabel(messages.get("safety.advice.ifApplies"), Theme.BODY));
            for (RedFlag flag : group) {
                box.getChildren().add(UrgencyMarks.sign(urgency, flag.text().in(language), Theme.LIST_ITEM));
            }
            // The patient stands in a clinic: for an urgent sign the fastest help is at the desk, so that comes
            // first; the sources' own advice (GP, out-of-hours service, emergency department) follows unchanged.
            if (tellTheDeskNow(urgency)) {
                WrappingLabel tell = new WrappingLabel(
                        UrgencyMarks.mark(urgency) + "  " + messages.get("safety.advice.tellNow"), TELL_NOW);
                tell.setMaxWidth(Double.MAX_VALUE);
                box.getChildren().add(tell);
            }
            box.getChildren()
                    .add(new WrappingLabel(
                            "→  " + messages.get("condition.urgency." + JsonName.of(urgency)), UrgencyMarks.HEADING));
            group.stream()
                    .flatMap(flag -> flag.action().stream())
                    .map(action -> action.in(language))
                    .distinct()
                    .forEach(action -> box.getChildren().add(new WrappingLabel(action, Theme.BODY)));
            advice.getChildren().add(box);
        });
        advice.getChildren().add(new WrappingLabel(messages.get("safety.advice.desk"), Theme.BODY));
        scroller = new PageScroller(ADVICE_ID + "-scroll", advice, messages);
        VBox.setVgrow(scroller, Priority.ALWAYS);

        Button home = SafetyScreen.bigButton(HOME_ID, messages.get("safety.advice.home"), onHome);
        home.getStyleClass().add(Theme.MAIN_ACTION);
        root.getChildren()
                .addAll(
                        topBar.view(),
                        title,
                        new WrappingLabel(messages.get("safety.advice.noExercise"), Theme.SUBTITLE),
                        scroller,
                        home);
        // Said first, above the signs, when any of them is urgent: on a small screen the groups page, and the
        // desk is the fastest help for a patient standing in the clinic.
        mostUrgent.filter(SafetyAdviceScreen::tellTheDeskNow).ifPresent(urgency -> {
            WrappingLabel tell = new WrappingLabel(
                    UrgencyMarks.mark(urgency) + "  " + messages.get("safety.advice.tellNow"),
                    TELL_NOW,
                    UrgencyMarks.styleClass(urgency));
            tell.setId(TELL_NOW_ID);
            tell.setMaxWidth(Double.MAX_VALUE);
            root.getChildren().add(3, tell);
        });
    }

    /** Urgent: the patient should not leave the waiting room without telling someone. */
    static boolean tellTheDeskNow(Urgency urgency) {
        return urgency == Urgency.EMERGENCY || urgency == Urgency.CONTACT_GP;
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
