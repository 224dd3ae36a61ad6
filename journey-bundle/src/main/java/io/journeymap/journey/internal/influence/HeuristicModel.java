package io.journeymap.journey.internal.influence;

/** The rule-based attribution models that marketing tools offer, as baselines for the data-driven ones. */
public enum HeuristicModel {
    /** All credit to the first touch. */
    FIRST_TOUCH,
    /** All credit to the last touch before the conversion. */
    LAST_TOUCH,
    /** Equal credit to every touch. */
    LINEAR,
    /** Credit halving with every half-life between the touch and the conversion. */
    TIME_DECAY,
    /** 40 % to the first touch, 40 % to the last, the other 20 % split evenly over the middle ("U-shaped"). */
    POSITION_BASED
}
