package io.journeymap.journey.internal.influence;

/**
 * The journeys whose set of channels is exactly one coalition: how many there were and how many
 * converted. The Shapley characteristic function uses the conversions; the journey count is kept
 * beside them so that the same tallies give conversion rates per coalition.
 *
 * @param journeys    journeys with exactly this channel set
 * @param conversions how many of them converted, at most {@code journeys}
 */
public record CoalitionTally(long journeys, long conversions) {

    /** Validates the counts. */
    public CoalitionTally {
        if (journeys < 0 || conversions < 0 || conversions > journeys) {
            throw new IllegalArgumentException("a coalition needs 0 <= conversions <= journeys, was "
                    + conversions + " of " + journeys);
        }
    }

    /**
     * @param other another tally of the same coalition
     * @return the sum of both
     */
    public CoalitionTally plus(CoalitionTally other) {
        return new CoalitionTally(journeys + other.journeys, conversions + other.conversions);
    }
}
