package org.physiokiosk.ui.player;

import java.util.Locale;
import org.physiokiosk.content.Step;
import org.physiokiosk.player.Phase;
import org.physiokiosk.player.PlayedSide;
import org.physiokiosk.player.PlayerState;
import org.physiokiosk.ui.i18n.Messages;

/** The words and the countdown look for a player state, in the current language. */
final class PhaseWords {

    private final Messages messages;

    PhaseWords(Messages messages) {
        this.messages = messages;
    }

    /** The big heading above the countdown: what to do now. */
    String heading(PlayerState state) {
        if (state.paused()) {
            return messages.get("player.phase.paused");
        }
        return messages.get(
                switch (state.phase()) {
                    case CAUTIONS -> "player.phase.cautions";
                    case NEXT_EXERCISE -> "player.phase.nextExercise";
                    case GET_READY -> "player.phase.getReady";
                    case MOVE ->
                        state.step().map(Step::setup).orElse(false) ? "player.phase.setup" : "player.phase.move";
                    case HOLD -> "player.phase.hold";
                    case REST -> "player.phase.rest";
                    case SWITCH_SIDE -> "player.phase.switchSide";
                    case DONE -> "player.done.title";
                });
    }

    /** The instruction: the step's own text, or what the pause between steps is for. */
    String instruction(PlayerState state) {
        String language = messages.language();
        return switch (state.phase()) {
            case CAUTIONS -> ""; // the cautions stand in the step text's place
            case NEXT_EXERCISE ->
                messages.format(
                                "player.nextExercise.text",
                                state.exercise().exercise().title().in(language)) + "\n" + firstStep(state);
            case GET_READY -> firstStep(state);
            case MOVE, HOLD ->
                state.step().map(step -> step.text().in(language)).orElse("");
            case REST -> messages.format("player.rest.text", state.set() + 1, state.sets());
            case SWITCH_SIDE ->
                messages.get(state.side() == PlayedSide.LEFT ? "player.switchSide.left" : "player.switchSide.right");
            case DONE -> "";
        };
    }

    /**
     * The breathing cue, or while paused how to go on; empty when there is nothing to say, and when the step's
     * own words already begin with the cue ("Adem in." above "Adem in" said it twice; decision 0027).
     */
    String breath(PlayerState state) {
        if (state.paused()) {
            return messages.get("player.paused.hint");
        }
        if (state.phase() != Phase.MOVE && state.phase() != Phase.HOLD) {
            return "";
        }
        String cue = state.step()
                .flatMap(Step::breath)
                .map(breath -> messages.get("player.breath." + breath.name().toLowerCase(Locale.ROOT)))
                .orElse("");
        String text =
                state.step().map(step -> step.text().in(messages.language())).orElse("");
        return text.toLowerCase(Locale.ROOT).startsWith(cue.toLowerCase(Locale.ROOT)) ? "" : cue;
    }

    /** The countdown's look: one of {@link HoldRing#KINDS}. */
    static String ringKind(PlayerState state) {
        if (state.paused()) {
            return "pk-ring-paused";
        }
        return switch (state.phase()) {
            case CAUTIONS, NEXT_EXERCISE, GET_READY -> "pk-ring-get-ready";
            case MOVE, DONE -> "pk-ring-move";
            case HOLD -> "pk-ring-hold";
            case REST -> "pk-ring-rest";
            case SWITCH_SIDE -> "pk-ring-switch";
        };
    }

    /** Whether the countdown shows its whole seconds: not while moving, where the figure shows the pace. */
    static boolean showsSeconds(PlayerState state) {
        return switch (state.phase()) {
            case CAUTIONS, MOVE, DONE -> false;
            default -> true;
        };
    }

    private String firstStep(PlayerState state) {
        return state.exercise().exercise().steps().get(0).text().in(messages.language());
    }
}
