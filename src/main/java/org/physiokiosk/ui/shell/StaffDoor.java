package org.physiokiosk.ui.shell;

import java.time.Clock;
import java.time.Instant;
import java.util.Arrays;
import java.util.Optional;
import java.util.function.LongSupplier;
import javafx.scene.Scene;
import javafx.util.Subscription;
import org.physiokiosk.kiosk.PinVault;
import org.physiokiosk.ui.common.LongPress;
import org.physiokiosk.ui.concurrent.TaskRunner;
import org.physiokiosk.ui.i18n.Messages;
import org.physiokiosk.ui.theme.Theme;
import org.physiokiosk.ui.therapist.GateOpens;
import org.physiokiosk.ui.therapist.PinChangeScreen;
import org.physiokiosk.ui.therapist.PinCheck;
import org.physiokiosk.ui.therapist.PinScreen;
import org.physiokiosk.ui.therapist.StaffMenu;

/**
 * The staff's way out of a locked kiosk: a long press on the clinic's name (top bar or start screen) opens the
 * PIN gate, and the right PIN the staff menu: build programs, change the PIN, close the kiosk, or back.
 * Patients see no button for it. Wrong PINs count towards the vault's lock-out, which survives a restart.
 */
final class StaffDoor {

    /** Where the staff menu's choices lead; the shell's flows. */
    record Exits(Runnable builder, Runnable quit, Runnable backToPatients) {}

    private final Navigator navigator;
    private final Messages messages;
    private final PinVault vault;
    private final TaskRunner tasks;
    private final Clock wallClock;
    private final Exits exits;

    StaffDoor(Navigator navigator, Messages messages, PinVault vault, TaskRunner tasks, Clock wallClock, Exits exits) {
        this.navigator = navigator;
        this.messages = messages;
        this.vault = vault;
        this.tasks = tasks;
        this.wallClock = wallClock;
        this.exits = exits;
    }

    /** Listens for the long press on the clinic's name anywhere in {@code scene}; {@code nanos} times the press. */
    Subscription install(Scene scene, LongSupplier nanos) {
        return LongPress.onScene(
                scene,
                LongPress.withinStyleClass(Theme.CLINIC_NAME).or(LongPress.withinStyleClass(Theme.START_CLINIC)),
                nanos,
                this::open);
    }

    /** The PIN gate; on the right PIN the staff menu. */
    void open() {
        navigator.show(() -> {
            PinScreen gate = new PinScreen(
                    messages,
                    GateOpens.STAFF_MENU,
                    PinCheck.of(vault, wallClock),
                    tasks,
                    this::showMenu,
                    Optional.of(exits.backToPatients()));
            return gate;
        });
    }

    private void showMenu() {
        navigator.show(() -> new StaffMenu(
                messages,
                new StaffMenu.Actions(exits.builder(), this::showPinChange, exits.quit(), exits.backToPatients())));
    }

    private void showPinChange() {
        navigator.show(() -> new PinChangeScreen(
                messages,
                tasks,
                this::change,
                wallClock,
                () -> vault.lockedUntil(wallClock.instant()),
                this::showMenu));
    }

    private Optional<String> change(char[] old, char[] pin, char[] repeat) {
        try {
            Optional<String> problem = PinVault.problem(pin, repeat);
            if (problem.isPresent()) {
                return problem;
            }
            Instant now = wallClock.instant();
            if (vault.change(old, pin, now)) {
                return Optional.empty();
            }
            // The wrong try that starts a lock-out says so at once, as the gate does, not only at the next try.
            Optional<Instant> lockedUntil = vault.lockedUntil(now);
            if (lockedUntil.isPresent()) {
                throw new PinVault.LockedOut(lockedUntil.get());
            }
            return Optional.of("pin.change.wrongOld");
        } finally {
            Arrays.fill(old, '\0');
            Arrays.fill(pin, '\0');
            Arrays.fill(repeat, '\0');
        }
    }
}
