package org.physiokiosk.testing;

import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javafx.geometry.Bounds;
import javafx.geometry.Point2D;
import javafx.scene.Node;
import javafx.scene.Scene;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Taps for screen walks that read the scene graph on the FX thread only.
 *
 * <p>TestFX's {@code clickOn(query)} works out where a node is from the test thread while the FX thread may be
 * in a pulse (the start screen's tap sign is still swelling). Both then recompute the same cached bounds at
 * once; in CI this broke a pulse ("Index -1 out of bounds" in {@code Parent.updateCachedBounds}), the kiosk's
 * fault handler rightly went back to the start screen, and the walk's next tap found nothing. Here the node is
 * found and measured on the FX thread; only the pointer moves from the test thread.
 */
public final class Finger {

    private Finger() {}

    /** Taps the first visible node the query finds, at the middle of its visible part. */
    public static FxRobot tap(FxRobot robot, String query) {
        return tapAt(robot, centre(robot, query));
    }

    /** Taps {@code node} at the middle of its visible part. */
    public static FxRobot tap(FxRobot robot, Node node) {
        return tapAt(robot, centre(node));
    }

    private static FxRobot tapAt(FxRobot robot, Point2D point) {
        robot.clickOn(point);
        WaitForAsyncUtils.waitForFxEvents();
        return robot;
    }

    /** Where on the screen the first visible node the query finds has its middle. */
    public static Point2D centre(FxRobot robot, String query) {
        return onFx(() -> middleOnScreen(robot.lookup(query).queryAll().stream()
                .filter(Finger::showing)
                .findFirst()
                .orElseThrow(() -> new AssertionError("no visible node for the query \"" + query + "\""))));
    }

    /** Where on the screen {@code node} has its middle. */
    public static Point2D centre(Node node) {
        return onFx(() -> middleOnScreen(node));
    }

    private static boolean showing(Node node) {
        for (Node at = node; at != null; at = at.getParent()) {
            if (!at.isVisible()) {
                return false;
            }
        }
        Scene scene = node.getScene();
        return scene != null && scene.getWindow() != null && scene.getWindow().isShowing();
    }

    /** The middle of the part of the node inside its window (a long page may reach below the window's edge). */
    private static Point2D middleOnScreen(Node node) {
        Scene scene = node.getScene();
        if (scene == null) {
            throw new AssertionError(node + " is not on a screen");
        }
        Bounds inScene = node.localToScene(node.getBoundsInLocal());
        double minX = Math.max(0, inScene.getMinX());
        double minY = Math.max(0, inScene.getMinY());
        double maxX = Math.min(scene.getWidth(), inScene.getMaxX());
        double maxY = Math.min(scene.getHeight(), inScene.getMaxY());
        if (maxX <= minX || maxY <= minY) {
            throw new AssertionError(node + " lies outside its window");
        }
        return new Point2D(
                scene.getWindow().getX() + scene.getX() + (minX + maxX) / 2,
                scene.getWindow().getY() + scene.getY() + (minY + maxY) / 2);
    }

    private static <T> T onFx(java.util.concurrent.Callable<T> work) {
        try {
            return WaitForAsyncUtils.asyncFx(work).get(10, TimeUnit.SECONDS);
        } catch (ExecutionException failure) {
            if (failure.getCause() instanceof AssertionError assertion) {
                throw assertion;
            }
            throw new IllegalStateException(failure.getCause());
        } catch (InterruptedException | TimeoutException failure) {
            throw new IllegalStateException("the FX thread did not answer", failure);
        }
    }
}
