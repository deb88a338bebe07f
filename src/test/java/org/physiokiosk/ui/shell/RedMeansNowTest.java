package org.physiokiosk.ui.shell;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.ButtonBase;
import javafx.scene.control.Labeled;
import javafx.scene.layout.Background;
import javafx.scene.layout.Border;
import javafx.scene.layout.Region;
import javafx.scene.paint.Paint;
import javafx.scene.shape.Shape;
import javafx.stage.Stage;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.physiokiosk.content.Catalog;
import org.physiokiosk.content.Condition;
import org.physiokiosk.content.ContentLoader;
import org.physiokiosk.content.RedFlag;
import org.physiokiosk.content.Urgency;
import org.physiokiosk.player.PlannedExercise;
import org.physiokiosk.ui.common.UrgencyMarks;
import org.physiokiosk.ui.condition.ConditionTab;
import org.physiokiosk.ui.player.PlayerScreen;
import org.physiokiosk.ui.safety.SafetyAdviceScreen;
import org.physiokiosk.ui.safety.SafetyScreen;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Decision 0044: red and the ⚠ mean "get help at once" and nothing else, on every screen that shows warning signs
 * or "when to get help". Before, the complaint page drew "see your GP if it lasts" on the emergency pink with a red
 * frame, the advice screen likewise, and an exercise's cautions stood on the pink with a ⚠. Every complaint (the
 * bundled ones, a clinic's, and one whose signs are none of them emergencies), both languages, both looks.
 */
class RedMeansNowTest {

    private static final String EMERGENCY = UrgencyMarks.styleClass(Urgency.EMERGENCY);
    private static Catalog catalog;

    @BeforeAll
    static void toolkit() throws Exception {
        FxToolkit.registerPrimaryStage();
        catalog = withCalmComplaint(LongClinicContent.of(
                new ContentLoader().loadBundledAnd(Optional.empty()).catalog()));
    }

    @ParameterizedTest
    @ValueSource(strings = {"nl", "en", "nl-hc", "en-hc"})
    void onlyTheSignsForHelpAtOnceAreRed(String look) throws Exception {
        String language = look.substring(0, 2);
        WaitForAsyncUtils.asyncFx(() -> {
                    Stage stage = new Stage();
                    KioskHarness kiosk = new KioskHarness(catalog, language);
                    kiosk.start(stage, 1280, 800);
                    kiosk.flow().look().highContrastProperty().set(look.endsWith("-hc"));
                    Scene scene = stage.getScene();
                    for (Condition condition : catalog.conditions().values()) {
                        walk(kiosk, scene, condition, language);
                    }
                    stage.close();
                })
                .get();
    }

    private static void walk(KioskHarness kiosk, Scene scene, Condition condition, String language) {
        List<RedFlag> flags = catalog.redFlagsOf(condition);
        boolean anyEmergency = flags.stream().anyMatch(flag -> flag.urgency() == Urgency.EMERGENCY);
        kiosk.flow().showCondition(condition);
        for (ConditionTab tab : ConditionTab.values()) {
            fire(scene, "#" + tab.buttonId());
            String where = condition.id() + " " + tab;
            assertRedOnlyForNow(scene, where);
            Node tabButton = scene.lookup("#" + ConditionTab.WARNINGS.buttonId());
            assertThat(tabButton.getStyleClass().contains(EMERGENCY))
                    .as("%s: the warning signs' button is red only with an emergency sign behind it", where)
                    .isEqualTo(anyEmergency);
            if (tab == ConditionTab.WARNINGS) {
                assertEachSignInItsGroup(scene, flags, language, where);
            }
        }
        fire(scene, "#exercise-" + condition.exercises().get(0));
        assertThat(kiosk.screen()).isInstanceOf(SafetyScreen.class);
        assertRedOnlyForNow(scene, condition.id() + " safety check");
        assertEachSignInItsGroup(scene, flags, language, condition.id() + " safety check");
        fire(scene, "#" + SafetyScreen.APPLIES_ID);
        assertThat(kiosk.screen()).isInstanceOf(SafetyAdviceScreen.class);
        assertRedOnlyForNow(scene, condition.id() + " advice");
        assertEachSignInItsGroup(scene, flags, language, condition.id() + " advice");
        for (String id : condition.exercises()) {
            kiosk.flow().showExercise(condition, catalog.exercises().get(id));
            layout(scene);
            assertThat(redNodes(scene.getRoot(), redPaints(scene)))
                    .as("%s: an exercise's page has no emergency sign, so nothing on it is red", id)
                    .isEmpty();
            assertThat(KioskHarness.visibleTexts(scene.getRoot()))
                    .noneMatch(text -> text.contains(UrgencyMarks.ALARM_MARK));
        }
        assertCalmCautionsBeforeARun(kiosk, scene, condition);
        kiosk.flow().resetVisit();
    }

    /**
     * "Do them all" shows each exercise's cautions before it: the same calm box as the exercise page. (The player's
     * own "stop if the pain gets worse" band is red on purpose: it says what to do now.)
     */
    private static void assertCalmCautionsBeforeARun(KioskHarness kiosk, Scene scene, Condition condition) {
        List<PlannedExercise> plan = condition.exercises().stream()
                .map(catalog.exercises()::get)
                .filter(exercise -> !exercise.cautions().isEmpty())
                .map(PlannedExercise::asWritten)
                .toList();
        if (plan.isEmpty()) {
            return;
        }
        kiosk.flow().play(plan);
        layout(scene);
        Parent gate = (Parent) scene.lookup("#" + PlayerScreen.CAUTIONS_ID);
        assertThat(gate).as("%s: the cautions before the run", condition.id()).isNotNull();
        assertThat(redNodes(gate, redPaints(scene)))
                .as("%s: a caution before a run is not red", condition.id())
                .isEmpty();
        assertThat(KioskHarness.visibleTexts(gate))
                .as("%s: a caution before a run carries no ⚠", condition.id())
                .noneMatch(text -> text.contains(UrgencyMarks.ALARM_MARK));
    }

    /** Whatever is drawn red, or carries the ⚠, stands for a sign that needs help at once. */
    private static void assertRedOnlyForNow(Scene scene, String where) {
        layout(scene);
        for (Node node : redNodes(scene.getRoot(), redPaints(scene))) {
            assertThat(inEmergency(node))
                    .as("%s: %s is red outside an emergency group", where, node)
                    .isTrue();
        }
        for (Node node : nodes(scene.getRoot())) {
            if (node instanceof Labeled labeled
                    && labeled.getText() != null
                    && labeled.getText().contains(UrgencyMarks.ALARM_MARK)) {
                assertThat(inEmergency(node))
                        .as("%s: '%s' carries the ⚠ outside an emergency group", where, labeled.getText())
                        .isTrue();
            }
        }
    }

    /** Every sign is shown, in the group of its own urgency, with that urgency's mark in front. */
    private static void assertEachSignInItsGroup(Scene scene, List<RedFlag> flags, String language, String where) {
        List<Node> all = nodes(scene.getRoot());
        for (RedFlag flag : flags) {
            String text = flag.text().in(language);
            Labeled label = all.stream()
                    .filter(Labeled.class::isInstance)
                    .map(Labeled.class::cast)
                    .filter(l -> l.getText() != null && l.getText().startsWith(text))
                    .filter(l -> !(l instanceof ButtonBase))
                    .findFirst()
                    .orElseThrow(() -> new AssertionError(where + ": the sign '" + text + "' is not shown"));
            assertThat(groupOf(label))
                    .as("%s: '%s' stands in its own urgency's group", where, text)
                    .isEqualTo(Optional.of(UrgencyMarks.styleClass(flag.urgency())));
            Labeled mark = (Labeled) label.getParent().getChildrenUnmodifiable().get(0);
            assertThat(mark.getText())
                    .as("%s: the mark of '%s'", where, text)
                    .isEqualTo(UrgencyMarks.mark(flag.urgency()));
        }
    }

    private static Optional<String> groupOf(Node node) {
        for (Node at = node; at != null; at = at.getParent()) {
            if (at.getStyleClass().contains(UrgencyMarks.GROUP)) {
                return at.getStyleClass().stream()
                        .filter(c -> c.startsWith("pk-urgency-") && !c.equals(UrgencyMarks.GROUP))
                        .findFirst();
            }
        }
        return Optional.empty();
    }

    private static boolean inEmergency(Node node) {
        for (Node at = node; at != null; at = at.getParent()) {
            if (at.getStyleClass().contains(EMERGENCY)) {
                return true;
            }
        }
        return false;
    }

    /** The emergency red and its soft pink of the look in use, read from the tokens as the screens use them. */
    private static Set<Paint> redPaints(Scene scene) {
        Region probe = new Region();
        probe.setStyle("-fx-background-color: -pk-emergency, -pk-emergency-soft;");
        Parent root = scene.getRoot();
        ((javafx.scene.layout.Pane) root).getChildren().add(probe);
        probe.applyCss();
        Set<Paint> red = Set.of(
                probe.getBackground().getFills().get(0).getFill(),
                probe.getBackground().getFills().get(1).getFill());
        ((javafx.scene.layout.Pane) root).getChildren().remove(probe);
        return red;
    }

    private static List<Node> redNodes(Parent root, Set<Paint> red) {
        return nodes(root).stream().filter(node -> usesAny(node, red)).toList();
    }

    private static boolean usesAny(Node node, Set<Paint> red) {
        List<Paint> paints = new ArrayList<>();
        if (node instanceof Region region) {
            Background background = region.getBackground();
            if (background != null) {
                background.getFills().forEach(fill -> paints.add(fill.getFill()));
            }
            Border border = region.getBorder();
            if (border != null) {
                border.getStrokes().forEach(stroke -> paints.add(stroke.getTopStroke()));
            }
        }
        if (node instanceof Labeled labeled) {
            paints.add(labeled.getTextFill());
        }
        if (node instanceof Shape shape) {
            paints.add(shape.getFill());
        }
        return paints.stream().anyMatch(red::contains);
    }

    /** Every visible node, scrolled out of view or not. */
    private static List<Node> nodes(Parent root) {
        List<Node> into = new ArrayList<>();
        collect(root, into);
        return into;
    }

    private static void collect(Node node, List<Node> into) {
        if (!node.isVisible()) {
            return;
        }
        into.add(node);
        if (node instanceof Parent parent) {
            parent.getChildrenUnmodifiable().forEach(child -> collect(child, into));
        }
    }

    private static void fire(Scene scene, String query) {
        ScreenTourTest.fire(scene, query);
        layout(scene);
    }

    private static void layout(Scene scene) {
        scene.getRoot().applyCss();
        scene.getRoot().layout();
    }

    /** The bundled complaints and a clinic's, plus one whose signs all mean "see your GP", none "at once". */
    private static Catalog withCalmComplaint(Catalog base) {
        Condition first = base.conditions().values().iterator().next();
        List<String> calmFlags = first.redFlags().stream()
                .filter(id -> base.redFlags().get(id).urgency() != Urgency.EMERGENCY)
                .toList();
        assertThat(calmFlags).isNotEmpty();
        Map<String, Condition> conditions = new LinkedHashMap<>(base.conditions());
        conditions.put(
                "calm-test",
                new Condition(
                        "calm-test",
                        first.title(),
                        first.summary(),
                        first.whatItIs(),
                        first.symptoms(),
                        first.causes(),
                        first.whatHelps(),
                        first.exercises(),
                        calmFlags,
                        first.sources()));
        return LongClinicContent.with(base, base.exercises(), conditions);
    }
}
