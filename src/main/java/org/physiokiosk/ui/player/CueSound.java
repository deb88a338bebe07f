package org.physiokiosk.ui.player;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.sound.sampled.AudioFormat;
import javax.sound.sampled.AudioSystem;
import javax.sound.sampled.SourceDataLine;

/**
 * A short, soft beep at the end of a hold or phase. The tone is made here as PCM (no sound file to ship)
 * and played on its own thread, never the FX thread. A kiosk without a sound device plays on silently:
 * the first failure is logged once and the sound turns itself off.
 */
final class CueSound implements AutoCloseable {

    private static final Logger LOG = Logger.getLogger(CueSound.class.getName());
    private static final float RATE = 44_100f;
    private static final double HERTZ = 660;
    private static final double SECONDS = 0.22;
    /** Quiet: a waiting room, and someone lying down close to the speaker. */
    private static final double VOLUME = 0.25;

    private final ExecutorService player;
    private final byte[] beep = tone();
    private volatile boolean muted;
    private volatile boolean broken;
    /**
     * Once one player found no sound device, the next ones do not look again: each patient gets a new player,
     * and a kiosk without a speaker would otherwise log the same line for every patient, for weeks.
     */
    private static volatile boolean noDevice;

    private int cues;

    private CueSound(boolean audible) {
        this.broken = !audible || noDevice;
        this.player = !broken
                ? Executors.newSingleThreadExecutor(runnable -> {
                    Thread thread = new Thread(runnable, "player-cue-sound");
                    thread.setDaemon(true);
                    return thread;
                })
                : null;
    }

    /** Beeps through the machine's sound device. */
    static CueSound speaker() {
        return new CueSound(true);
    }

    /** Never makes a sound: for tests. */
    static CueSound silent() {
        return new CueSound(false);
    }

    void setMuted(boolean muted) {
        this.muted = muted;
    }

    boolean isMuted() {
        return muted;
    }

    void beep() {
        if (muted) {
            return;
        }
        cues++;
        if (broken) {
            return;
        }
        try {
            player.execute(this::play);
        } catch (RejectedExecutionException closed) {
            // The screen has left; nothing to cue.
        }
    }

    private void play() {
        AudioFormat format = new AudioFormat(RATE, 16, 1, true, false);
        try (SourceDataLine line = AudioSystem.getSourceDataLine(format)) {
            line.open(format);
            line.start();
            line.write(beep, 0, beep.length);
            line.drain();
        } catch (Exception | LinkageError e) {
            if (!broken) {
                broken = true;
                noDevice = true;
                LOG.log(Level.INFO, "No sound device for the player cue, playing on without sound: {0}", e.toString());
            }
        }
    }

    /** How many cues were asked for while not muted, sound device or not: for tests. */
    int cues() {
        return cues;
    }

    /** A sine with a gentle rise and fall, so it does not click or startle. */
    private static byte[] tone() {
        int samples = (int) (RATE * SECONDS);
        byte[] pcm = new byte[samples * 2];
        for (int i = 0; i < samples; i++) {
            double t = i / (double) samples;
            double envelope = Math.sin(Math.PI * t);
            short value = (short) (Math.sin(2 * Math.PI * HERTZ * i / RATE) * envelope * VOLUME * Short.MAX_VALUE);
            pcm[2 * i] = (byte) value;
            pcm[2 * i + 1] = (byte) (value >> 8);
        }
        return pcm;
    }

    @Override
    public void close() {
        if (player != null) {
            player.shutdownNow();
        }
    }
}
