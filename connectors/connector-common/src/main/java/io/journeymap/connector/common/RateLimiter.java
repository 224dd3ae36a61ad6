package io.journeymap.connector.common;

import java.time.Duration;

/** Paces calls to a remote API so we stay inside its limits instead of learning them from 429s. */
public interface RateLimiter {

    /** Never waits: for calls with no limit of their own. */
    RateLimiter UNLIMITED = new RateLimiter() {
        @Override
        public void acquire() {
        }

        @Override
        public void pauseFor(Duration duration) {
        }
    };

    /**
     * Waits until the next call may go.
     *
     * @throws InterruptedException when interrupted while waiting
     */
    void acquire() throws InterruptedException;

    /**
     * Lets no call go for a while, e.g. when the server said its window is used up.
     *
     * @param duration how long from now
     */
    void pauseFor(Duration duration);
}
