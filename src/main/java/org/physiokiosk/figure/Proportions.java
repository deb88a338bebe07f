package org.physiokiosk.figure;

/**
 * The figure's measures, as fractions of its standing height (1.0): an adult of average build, head about
 * one eighth of the height, legs about half. Radii are half the thickness of a limb at each end.
 */
final class Proportions {

    private Proportions() {}

    static final double PELVIS = 0.07; // hip joints up to the base of the lumbar spine
    static final double LUMBAR = 0.11;
    static final double THORACIC = 0.145;
    static final double NECK = 0.06;
    static final double HEAD_RX = 0.056; // half the head's width and depth
    static final double HEAD_RY = 0.066; // half its height

    static final double SACRUM_BEHIND_HIPS = 0.045; // the spine's base lies this far behind the hip joints
    static final double BACK_BEHIND_SPINE = 0.02; // the back's surface behind the spine
    static final double BUTTOCK_BEHIND_SPINE = 0.03;
    static final double HIP_SPREAD = 0.05; // hip joint from the midline
    static final double SHOULDER_SPREAD = 0.085;
    static final double SHOULDER_DROP = 0.025; // shoulder joint below the top of the thoracic spine

    static final double THIGH = 0.245, THIGH_R0 = 0.05, THIGH_R1 = 0.036;
    static final double SHANK = 0.235, SHANK_R0 = 0.037, SHANK_R1 = 0.024;
    static final double FOOT = 0.125, HEEL_R = 0.026, TOE_R = 0.015;
    static final double UPPER_ARM = 0.165, UPPER_ARM_R0 = 0.033, UPPER_ARM_R1 = 0.026;
    static final double FOREARM = 0.145, FOREARM_R0 = 0.025, FOREARM_R1 = 0.019;
    static final double HAND = 0.075, HAND_R0 = 0.021, HAND_R1 = 0.017;
    static final double NECK_R = 0.027;
    static final double TRUNK_CAP_BOTTOM = 0.03; // buttocks below the lowest spine node
    static final double TRUNK_CAP_TOP = 0.022; // shoulder line above the highest

    /** Half depth (front to back) and half width (side to side) of the trunk at each spine node, bottom up. */
    static final double[] TRUNK_HALF_DEPTH = {0.056, 0.066, 0.061, 0.054, 0.058, 0.070, 0.058};

    static final double[] TRUNK_HALF_WIDTH = {0.075, 0.088, 0.080, 0.070, 0.080, 0.094, 0.100};
}
