package org.physiokiosk.figure;

import java.util.ArrayList;
import java.util.List;
import org.physiokiosk.content.Catalog;
import org.physiokiosk.content.Exercise;
import org.physiokiosk.content.Step;

/** Every movement the player can play of an exercise, as (from, to) poses. */
public final class BundledMovements {

    private BundledMovements() {}

    /** Each step from the step before it, and the first repeated step from the last. */
    public static List<Pose[]> of(Catalog catalog, Exercise exercise) {
        List<Pose[]> moves = new ArrayList<>();
        List<Step> steps = exercise.steps();
        for (int i = 1; i < steps.size(); i++) {
            moves.add(new Pose[] {
                catalog.poses().get(steps.get(i - 1).pose()),
                catalog.poses().get(steps.get(i).pose())
            });
        }
        List<Step> repeated = exercise.repeatedSteps();
        moves.add(new Pose[] {
            catalog.poses().get(repeated.get(repeated.size() - 1).pose()),
            catalog.poses().get(repeated.get(0).pose())
        });
        return moves;
    }
}
