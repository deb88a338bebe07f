package org.physiokiosk.ui.player;

import org.physiokiosk.player.PlayerState;
import org.physiokiosk.ui.common.Screen;

/** For walks outside this package: one frame of a player screen on the clock it was given, and its state. */
public final class PlayerFrames {

    private PlayerFrames() {}

    public static PlayerState frame(Screen screen) {
        PlayerScreen player = (PlayerScreen) screen;
        player.frame();
        return player.state();
    }
}
