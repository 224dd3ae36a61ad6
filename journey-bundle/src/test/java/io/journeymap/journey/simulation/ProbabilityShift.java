package io.journeymap.journey.simulation;

import java.time.Instant;

/**
 * A change to the true chain from a date on: P(to | from) multiplied by {@code factor}, the row
 * renormalised. Transitions are drawn with the row in force at the time of the {@code from} touch.
 *
 * @param from          the state whose row changes ({@code (start)} or a type)
 * @param to            the next state whose probability changes
 * @param factor        the multiplier, positive
 * @param effectiveFrom the first instant the changed row applies
 */
record ProbabilityShift(String from, String to, double factor, Instant effectiveFrom) {
}
