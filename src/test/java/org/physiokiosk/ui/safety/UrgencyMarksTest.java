package org.physiokiosk.ui.safety;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.physiokiosk.content.Catalog;
import org.physiokiosk.content.ContentLoader;
import org.physiokiosk.content.JsonName;
import org.physiokiosk.content.RedFlag;
import org.physiokiosk.content.Urgency;
import org.physiokiosk.ui.common.TopBar;
import org.physiokiosk.ui.common.UrgencyMarks;
import org.physiokiosk.ui.i18n.Messages;
import org.physiokiosk.ui.theme.Theme;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Hostile walk F27: the safety check drew "you have had back pain for two to three weeks" with the same ⚠ as
 * saddle numbness. Each sign now stands in the group of its urgency, and only the emergency signs carry the ⚠;
 * the advice for an urgent sign says first to tell the desk or the physiotherapist, the content's advice after.
 */
class UrgencyMarksTest {

    private static Catalog bundled;

    @BeforeAll
    static void toolkit() throws Exception {
        FxToolkit.registerPrimaryStage();
        bundled = new ContentLoader().loadBundledAnd(Optional.empty()).catalog();
    }

    @ParameterizedTest
    @ValueSource(strings = {"nl", "en"})
    void onlyAnEmergencySignCarriesTheWarningMark(String language) throws Exception {
        Messages messages = new Messages(language);
        List<RedFlag> flags = bundled.redFlagsOf(bundled.conditions().get("low-back-pain"));
        assertThat(flags).extracting(RedFlag::urgency).contains(Urgency.values());
        WaitForAsyncUtils.asyncFx(() -> {
                    SafetyScreen screen = new SafetyScreen(
                            flags,
                            messages,
                            new TopBar("Fysio", messages, Optional.empty(), () -> {}),
                            () -> {},
                            () -> {});
                    VBox signs = (VBox) shown(screen.view()).lookup("#" + SafetyScreen.SIGNS_ID);
                    int seen = 0;
                    for (Node child : signs.getChildren()) {
                        VBox group = (VBox) child;
                        Urgency urgency = urgencyOf(group);
                        Label heading = (Label) group.getChildren().get(0);
                        assertThat(heading.getText())
                                .isEqualTo(UrgencyMarks.mark(urgency) + "  "
                                        + messages.get("safety.group." + JsonName.of(urgency)));
                        for (Node line : group.getChildren()
                                .subList(1, group.getChildren().size())) {
                            Label mark = (Label) ((HBox) line).getChildren().get(0);
                            Label text = (Label) ((HBox) line).getChildren().get(1);
                            RedFlag flag = flags.stream()
                                    .filter(f -> f.text().in(language).equals(text.getText()))
                                    .findFirst()
                                    .orElseThrow();
                            assertThat(flag.urgency()).isEqualTo(urgency);
                            assertThat(mark.getText().equals("⚠"))
                                    .as("%s (%s) carries ⚠", flag.id(), urgency)
                                    .isEqualTo(urgency == Urgency.EMERGENCY);
                            seen++;
                        }
                    }
                    assertThat(seen).as("every sign is shown once").isEqualTo(flags.size());
                    screen.dispose();
                })
                .get();
    }

    @ParameterizedTest
    @ValueSource(strings = {"nl", "en"})
    void theAdviceForAnUrgentSignSaysFirstToTellTheDeskNow(String language) throws Exception {
        Messages messages = new Messages(language);
        List<RedFlag> flags = bundled.redFlagsOf(bundled.conditions().get("low-back-pain"));
        String tell = messages.get("safety.advice.tellNow");
        WaitForAsyncUtils.asyncFx(() -> {
                    SafetyAdviceScreen screen = new SafetyAdviceScreen(
                            flags, messages, new TopBar("Fysio", messages, Optional.empty(), () -> {}), () -> {});
                    Parent view = shown(screen.view());
                    VBox advice = (VBox) view.lookup("#" + SafetyAdviceScreen.ADVICE_ID);
                    Label banner = (Label) view.lookup("#" + SafetyAdviceScreen.TELL_NOW_ID);
                    assertThat(banner.getText())
                            .as("said first, above the signs")
                            .isEqualTo("⚠  " + tell);
                    assertThat(banner.localToScene(banner.getLayoutBounds()).getMaxY())
                            .isLessThanOrEqualTo(advice.localToScene(advice.getLayoutBounds())
                                    .getMinY());
                    List<VBox> groups = advice.getChildren().stream()
                            .filter(VBox.class::isInstance)
                            .map(VBox.class::cast)
                            .toList();
                    assertThat(groups).hasSize(Urgency.values().length);
                    for (VBox group : groups) {
                        Urgency urgency = urgencyOf(group);
                        List<String> texts = group.getChildren().stream()
                                .filter(Label.class::isInstance)
                                .map(node -> ((Label) node).getText())
                                .toList();
                        String sourceAdvice = "→  " + messages.get("condition.urgency." + JsonName.of(urgency));
                        if (urgency == Urgency.SEE_GP_IF_PERSISTS) {
                            assertThat(texts).noneMatch(text -> text.contains(tell));
                            assertThat(texts).contains(sourceAdvice);
                        } else {
                            assertThat(texts)
                                    .as("%s: tell the desk, then the content's advice", urgency)
                                    .containsSubsequence(UrgencyMarks.mark(urgency) + "  " + tell, sourceAdvice);
                        }
                    }
                    screen.dispose();
                })
                .get();
    }

    /** On a window, styled and laid out: the page scroller's content is in the scene only then. */
    private static Parent shown(Parent view) {
        Scene scene = new Scene(view, 1280, 800);
        Theme.apply(scene);
        view.applyCss();
        view.layout();
        return view;
    }

    @ParameterizedTest
    @ValueSource(strings = {"nl", "en"})
    void signsToSeeTheGpIfTheyLastAreNotSentToTheDeskAtOnce(String language) throws Exception {
        Messages messages = new Messages(language);
        List<RedFlag> flags = bundled.redFlagsOf(bundled.conditions().get("low-back-pain")).stream()
                .filter(flag -> flag.urgency() == Urgency.SEE_GP_IF_PERSISTS)
                .toList();
        assertThat(flags).isNotEmpty();
        WaitForAsyncUtils.asyncFx(() -> {
                    SafetyAdviceScreen screen = new SafetyAdviceScreen(
                            flags, messages, new TopBar("Fysio", messages, Optional.empty(), () -> {}), () -> {});
                    Parent view = shown(screen.view());
                    assertThat(view.lookup("#" + SafetyAdviceScreen.TELL_NOW_ID))
                            .isNull();
                    screen.dispose();
                })
                .get();
    }

    private static Urgency urgencyOf(VBox group) {
        for (Urgency urgency : Urgency.values()) {
            if (group.getStyleClass().contains(UrgencyMarks.styleClass(urgency))) {
                return urgency;
            }
        }
        throw new AssertionError("no urgency on " + group.getStyleClass());
    }
}
