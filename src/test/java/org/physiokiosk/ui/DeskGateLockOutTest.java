package org.physiokiosk.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.physiokiosk.kiosk.PinVault;
import org.physiokiosk.testing.TempFolders;
import org.physiokiosk.testing.TherapistDesk;
import org.physiokiosk.ui.i18n.Messages;
import org.physiokiosk.ui.shell.Navigator;
import org.physiokiosk.ui.shell.TherapistFlow;
import org.physiokiosk.ui.theme.Theme;
import org.physiokiosk.ui.therapist.PinCheck;
import org.physiokiosk.ui.therapist.PinScreen;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The desk PC's gate (--therapist) asks the same vault as the kiosk's staff door: a lock-out left by wrong tries
 * (kept on disk, so also after a restart) shows the moment the gate opens, not only after one more try.
 */
@ExtendWith(ApplicationExtension.class)
class DeskGateLockOutTest {

    private static final Instant NOON = Instant.parse("2026-11-30T12:00:00Z");

    private final Path folder = TempFolders.create("desk-gate");
    private Stage stage;
    private Navigator navigator;

    @AfterEach
    void closeAndRemove() throws Exception {
        WaitForAsyncUtils.asyncFx(() -> {
                    navigator.currentProperty().get().dispose(); // stops the lock-out's countdown
                    stage.close();
                })
                .get();
        TempFolders.remove(folder);
    }

    @Test
    void aLockOutLeftOnDiskShowsAtOnceWithThePadDisabled(FxRobot robot) throws Exception {
        PinVault vault = new PinVault(folder, Optional.empty());
        vault.set("2468".toCharArray());
        // What five wrong tries before a restart leave behind: the count and the lock's end, on the wall clock.
        Files.writeString(
                folder.resolve(PinVault.ATTEMPTS_FILE),
                "6 " + NOON.plus(Duration.ofMinutes(15)).toEpochMilli() + "\n",
                StandardCharsets.UTF_8);
        Clock wall = Clock.fixed(NOON, ZoneOffset.UTC);

        WaitForAsyncUtils.asyncFx(() -> {
                    Scene scene = new Scene(new VBox(), 1280, 800);
                    Theme.apply(scene);
                    navigator = new Navigator(scene);
                    new TherapistFlow(
                                    TherapistDesk.in(folder).services(),
                                    new Messages("nl"),
                                    navigator,
                                    PinCheck.of(vault, wall),
                                    "nl",
                                    Optional.empty())
                            .show();
                    stage = new Stage();
                    stage.setScene(scene);
                    stage.show();
                })
                .get();
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(robot.lookup("#" + PinScreen.MESSAGE_ID).queryLabeled().getText())
                .startsWith("Te veel foute pogingen. Wacht nog 15:00;");
        List<Node> pad = List.of(
                robot.lookup("#" + PinScreen.KEY_ID_PREFIX + "2").query(),
                robot.lookup("#" + PinScreen.ERASE_ID).query(),
                robot.lookup("#" + PinScreen.OK_ID).query(),
                robot.lookup("#" + PinScreen.FIELD_ID).query());
        assertThat(pad).allMatch(Node::isDisabled);
    }
}
