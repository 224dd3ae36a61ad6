package io.journeymap.connector.common;

import java.time.Duration;
import java.util.concurrent.TimeUnit;

/** Waits; a seam so tests of backoff and rate limits need not sleep for real. */
@FunctionalInterface
public interface Sleeper {

    /** Sleeps on the calling thread. */
    Sleeper SYSTEM = d -> {
        if (!d.isNegative() && !d.isZero()) {
            TimeUnit.NANOSECONDS.sleep(d.toNanos());
        }
    };

    /**
     * @param duration how long; zero or negative returns at once
     * @throws InterruptedException when interrupted while waiting
     */
    void sleep(Duration duration) throws InterruptedException;
}
