package org.physiokiosk.ui.builder;

import java.time.LocalDate;
import java.time.format.FormatStyle;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.css.PseudoClass;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.physiokiosk.program.IssuedCode;
import org.physiokiosk.program.Program;
import org.physiokiosk.program.ProgramStoreException;
import org.physiokiosk.ui.common.WrappingLabel;
import org.physiokiosk.ui.i18n.Messages;

/**
 * The saved program's code for the kiosk, large enough to read out to a patient ("K7QM-4XPR"), with the last
 * day it works; "New code" ends the old one (a lost handout), "Revoke" ends it without a successor. Every
 * store call runs on the builder's worker; a store that cannot be reached says so calmly and exports go on
 * (without a code). Logs name programs by id only.
 */
final class KioskCodePane {

    static final String CODE_ID = "builder-code";
    static final String UNTIL_ID = "builder-code-until";
    static final String NEW_ID = "builder-code-new";
    static final String REVOKE_ID = "builder-code-revoke";

    private static final Logger LOG = Logger.getLogger(KioskCodePane.class.getName());
    private static final PseudoClass NEVER_SAVED = PseudoClass.getPseudoClass("never-saved");

    private final BuilderServices services;
    private final Messages messages;
    private final ReadOnlyObjectWrapper<Optional<IssuedCode>> current = new ReadOnlyObjectWrapper<>(Optional.empty());
    private final VBox box = new VBox();
    private final Label code = new Label();
    private final Label until = new Label();
    private final Button issue;
    private final Button revoke;
    private final FlowPane buttons;
    /** A new code or a revocation is on its way to the store. */
    private boolean changing;

    private Optional<String> programId = Optional.empty();
    private int asked;

    KioskCodePane(BuilderServices services, Messages messages) {
        this.services = services;
        this.messages = messages;
        box.getStyleClass().add(BuilderStyle.CODE_BOX);
        code.setId(CODE_ID);
        code.getStyleClass().add(BuilderStyle.CODE);
        WrappingLabel.wrapWhole(code);
        until.setId(UNTIL_ID);
        until.getStyleClass().add(BuilderStyle.HINT);
        WrappingLabel.wrapWhole(until);
        // Both end the code on the patient's paper, so both ask (F32); a second click while one runs is ignored.
        issue = button(NEW_ID, "builder.code.new", () -> {
            if (!changing
                    && (current.get().isEmpty() || services.confirm().test(messages.get("builder.code.newConfirm")))) {
                ask(id -> services.codes().issueCode(id, today()));
            }
        });
        revoke = button(REVOKE_ID, "builder.code.revoke", () -> {
            if (!changing && services.confirm().test(messages.get("builder.code.revokeConfirm"))) {
                ask(id -> {
                    services.codes().revokeCode(id);
                    return null;
                });
            }
        });
        buttons = new FlowPane(issue, revoke);
        buttons.getStyleClass().add("pk-button-row");
        // A program never saved has no code to renew or end: one line says so, and the exercises get the room
        // (at 1280x800 the list showed less than one exercise under a two-line heading and two dead buttons).
        buttons.managedProperty().bind(buttons.visibleProperty());
        until.managedProperty().bind(until.visibleProperty());
        box.getChildren().addAll(code, until, buttons);
        show();
    }

    private Button button(String id, String key, Runnable action) {
        Button button = new Button(messages.get(key));
        button.setId(id);
        button.getStyleClass().add(BuilderStyle.SMALL_BUTTON);
        button.setMinWidth(Region.USE_PREF_SIZE);
        button.setOnAction(event -> action.run());
        return button;
    }

    /** The code the handout prints now: empty for an unsaved program or one without a working code. */
    ReadOnlyObjectProperty<Optional<IssuedCode>> currentProperty() {
        return current.getReadOnlyProperty();
    }

    Optional<IssuedCode> current() {
        return current.get();
    }

    /** A program came on the desk: show its code (none for one never saved). */
    void showFor(Program program) {
        if (program.id().equals(programId)) {
            return;
        }
        programId = program.id();
        current.set(Optional.empty());
        asked++;
        show();
        programId.ifPresent(id -> ask(services.codes()::currentCode, false));
    }

    /** Just saved: a program without a working code gets one, so the handout can carry it. */
    void saved(Program stored) {
        programId = stored.id();
        asked++;
        stored.id()
                .ifPresent(id -> ask(store -> {
                    Optional<IssuedCode> now = services.codes().currentCode(store);
                    return now.filter(code -> code.worksOn(today())).isPresent()
                            ? now.get()
                            : services.codes().issueCode(store, today());
                }));
    }

    private interface StoreCall<T> {
        T call(String programId) throws ProgramStoreException;
    }

    private void ask(StoreCall<IssuedCode> call) {
        ask(id -> Optional.ofNullable(call.call(id)), true);
    }

    private void ask(StoreCall<Optional<IssuedCode>> call, boolean change) {
        if (programId.isEmpty()) {
            return;
        }
        String id = programId.get();
        int number = ++asked;
        if (change) {
            changing = true;
            show();
        }
        services.tasks()
                .run(
                        () -> {
                            try {
                                return call.call(id);
                            } catch (ProgramStoreException e) {
                                throw new IllegalStateException(e.getMessage(), e);
                            }
                        },
                        answer -> {
                            changing &= !change;
                            show();
                            if (number == asked) { // a newer program on the desk wins over a late answer
                                current.set(answer);
                                show();
                            }
                        },
                        failure -> {
                            changing &= !change;
                            show();
                            LOG.log(
                                    Level.WARNING,
                                    "program code of " + id + (change ? " not changed" : " not read"),
                                    failure);
                            if (number == asked) {
                                code.setText(messages.get("builder.code.unavailable"));
                                until.setText("");
                            }
                        });
    }

    private void show() {
        Optional<IssuedCode> shown = current.get();
        code.setText(
                shown.map(c -> messages.format("builder.code.label", c.code().grouped()))
                        .orElse(messages.get(programId.isEmpty() ? "builder.code.saveFirst" : "builder.code.none")));
        until.setText(shown.map(c -> messages.format(
                        c.worksOn(today()) ? "builder.code.until" : "builder.code.expired",
                        DateFormat.written(FormatStyle.LONG, messages.language())
                                .format(c.lastDay())))
                .orElse(""));
        buttons.setVisible(programId.isPresent());
        until.setVisible(!until.getText().isEmpty());
        code.pseudoClassStateChanged(NEVER_SAVED, programId.isEmpty());
        issue.setDisable(changing || programId.isEmpty());
        revoke.setDisable(changing || shown.isEmpty());
    }

    private LocalDate today() {
        return LocalDate.now(services.clock());
    }

    Parent view() {
        return box;
    }
}
