package io.journeymap.connector.common;

import java.time.Duration;
import java.util.Optional;

/**
 * How a retriable failure is retried: exponential backoff with jitter, bounded by a number of
 * attempts and by a deadline for the whole call, and never sooner than the server's Retry-After.
 *
 * @param maxAttempts  the most tries in all, at least 1 (1 means no retry)
 * @param initialDelay the wait after the first failure
 * @param maxDelay     the longest computed wait (a longer Retry-After is still honoured)
 * @param multiplier   how much each wait grows, at least 1
 * @param jitter       the fraction of each wait drawn at random, 0 to 1: 0.5 waits between half and
 *                     all of the computed delay, so clients that failed together do not retry together
 * @param maxElapsed   the deadline for all tries of one call together
 */
public record RetryPolicy(int maxAttempts, Duration initialDelay, Duration maxDelay, double multiplier,
        double jitter, Duration maxElapsed) {

    /** Checks the bounds so a bad configuration fails at start, not during an outage. */
    public RetryPolicy {
        if (maxAttempts < 1) {
            throw new IllegalArgumentException("maxAttempts must be at least 1");
        }
        if (initialDelay.isNegative() || maxDelay.compareTo(initialDelay) < 0) {
            throw new IllegalArgumentException("need 0 <= initialDelay <= maxDelay");
        }
        if (multiplier < 1.0 || jitter < 0.0 || jitter > 1.0) {
            throw new IllegalArgumentException("need multiplier >= 1 and 0 <= jitter <= 1");
        }
        if (maxElapsed.isNegative()) {
            throw new IllegalArgumentException("maxElapsed must not be negative");
        }
    }

    /** @return 5 attempts, 500 ms doubling to 30 s, half jitter, within 2 minutes */
    public static RetryPolicy defaults() {
        return new RetryPolicy(5, Duration.ofMillis(500), Duration.ofSeconds(30), 2.0, 0.5, Duration.ofMinutes(2));
    }

    /** @return a policy that never retries */
    public static RetryPolicy none() {
        return new RetryPolicy(1, Duration.ZERO, Duration.ZERO, 1.0, 0.0, Duration.ZERO);
    }

    /**
     * @param failedAttempts how many tries failed so far, at least 1
     * @param random         a uniform draw in [0, 1)
     * @return the computed backoff before the next try
     */
    public Duration backoff(int failedAttempts, double random) {
        double base = initialDelay.toNanos() * Math.pow(multiplier, Math.max(0, failedAttempts - 1));
        double capped = Math.min(base, maxDelay.toNanos());
        return Duration.ofNanos((long) (capped * (1.0 - jitter * random)));
    }

    /**
     * @param failedAttempts how many tries failed so far
     * @param retryAfter     the server's Retry-After, if any: a floor, since it knows its own limits
     * @param random         a uniform draw in [0, 1)
     * @return the wait before the next try
     */
    public Duration delayBefore(int failedAttempts, Optional<Duration> retryAfter, double random) {
        Duration computed = backoff(failedAttempts, random);
        return retryAfter.filter(r -> r.compareTo(computed) > 0).orElse(computed);
    }
}
