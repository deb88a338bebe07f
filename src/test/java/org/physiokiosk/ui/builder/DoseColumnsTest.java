package org.physiokiosk.ui.builder;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import javafx.scene.Node;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.physiokiosk.content.Side;
import org.physiokiosk.program.Program;
import org.physiokiosk.program.ProgramEditor;
import org.physiokiosk.testing.DeskWalk;
import org.physiokiosk.testing.LayoutChecks;
import org.physiokiosk.testing.TherapistDesk;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;

/**
 * The dose fields of every exercise card stand in the same columns, whatever side each exercise is done on. The
 * side box was as wide as its own words ("Afwisselend", "Geen kant"), so the fields after it (times a day, days a
 * week) began at another place on every card, and a card could wrap its row where the next did not (seen on the
 * desk at 1280x800 and 1920x1080, in Dutch and English).
 */
@ExtendWith(ApplicationExtension.class)
class DoseColumnsTest {

    private static final List<String> FIELDS = List.of("sets", "reps", "hold", "rest", "side", "times", "days");

    @RegisterExtension
    final DeskWalk walk = new DeskWalk("dose-columns");

    static Stream<Arguments> desks() {
        return Stream.of(
                Arguments.of("nl", 1280, 800),
                Arguments.of("en", 1280, 800),
                Arguments.of("nl", 1920, 1080),
                Arguments.of("en", 1920, 1080));
    }

    @ParameterizedTest
    @MethodSource("desks")
    void theDoseFieldsOfEveryCardStandInTheSameColumns(String language, double width, double height, FxRobot robot)
            throws Exception {
        walk.desk().language(language);
        Program program = everySide(language);
        walk.showBuilder(width, height, shown -> shown.open(program));
        List<List<Node>> rows = new ArrayList<>();
        for (int item = 1; item <= program.items().size(); item++) {
            List<Node> row = new ArrayList<>();
            for (String field : FIELDS) {
                row.add(robot.lookup("#item-" + item + "-" + field).query());
            }
            rows.add(row);
        }
        robot.interact(() -> LayoutChecks.assertColumnsLineUp(rows, DoseColumnsTest::cardOf));
    }

    /** One exercise done on each side there is, the side with the longest words in the middle. */
    private static Program everySide(String language) {
        List<Side> sides = List.of(Side.NONE, Side.ALTERNATE, Side.EACH, Side.NONE);
        ProgramEditor editor =
                new ProgramEditor(TherapistDesk.catalog(), TherapistDesk.programOf(sides.size(), language), language);
        for (int i = 0; i < sides.size(); i++) {
            editor.setSide(i, sides.get(i));
        }
        return editor.program();
    }

    private static Node cardOf(Node field) {
        Node node = field;
        while (!(node instanceof ItemEditor)) {
            node = node.getParent();
        }
        return node;
    }
}
