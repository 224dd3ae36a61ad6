package io.journeymap.connector.common;

import java.time.Duration;
import java.util.function.LongSupplier;

/**
 * A token bucket (kept as the generic cell rate algorithm: one "next free" time instead of a token
 * count): {@code permitsPerSecond} on average, up to {@code burst} at once after a quiet period.
 * HubSpot's search API allows 4 requests per second per token: {@code new TokenBucket(4, 1)} spaces
 * them 250 ms apart. Thread-safe; a waiting caller holds no lock.
 */
public final class TokenBucket implements RateLimiter {

    private final long intervalNanos;
    private final long burstToleranceNanos;
    private final LongSupplier nanoTime;
    private final Sleeper sleeper;

    private boolean started;
    private long theoreticalArrival;
    private long pausedUntil;
    private boolean paused;

    /**
     * @param permitsPerSecond the average rate, more than 0
     * @param burst            how many calls may go at once after a quiet period, at least 1
     */
    public TokenBucket(double permitsPerSecond, int burst) {
        this(permitsPerSecond, burst, System::nanoTime, Sleeper.SYSTEM);
    }

    /**
     * @param permitsPerSecond the average rate, more than 0
     * @param burst            how many calls may go at once after a quiet period, at least 1
     * @param nanoTime         a monotonic clock in nanoseconds
     * @param sleeper          how to wait
     */
    public TokenBucket(double permitsPerSecond, int burst, LongSupplier nanoTime, Sleeper sleeper) {
        if (!(permitsPerSecond > 0) || burst < 1) {
            throw new IllegalArgumentException("need permitsPerSecond > 0 and burst >= 1");
        }
        this.intervalNanos = Math.max(1L, Math.round(1_000_000_000d / permitsPerSecond));
        this.burstToleranceNanos = (burst - 1) * intervalNanos;
        this.nanoTime = nanoTime;
        this.sleeper = sleeper;
    }

    @Override
    public void acquire() throws InterruptedException {
        long wait = reserve();
        if (wait > 0) {
            sleeper.sleep(Duration.ofNanos(wait));
        }
    }

    @Override
    public synchronized void pauseFor(Duration duration) {
        long until = nanoTime.getAsLong() + duration.toNanos();
        if (!paused || until - pausedUntil > 0) {
            pausedUntil = until;
            paused = true;
        }
    }

    /** @return nanoseconds the caller must wait before its call; the slot is taken already */
    private synchronized long reserve() {
        long now = nanoTime.getAsLong();
        if (!started) {
            theoreticalArrival = now;
            started = true;
        }
        long arrival = later(theoreticalArrival, now);
        long grant = later(now, arrival - burstToleranceNanos);
        if (paused) {
            grant = later(grant, pausedUntil);
            arrival = later(arrival, grant);
        }
        theoreticalArrival = arrival + intervalNanos;
        return grant - now;
    }

    // nanoTime may wrap or be negative: compare by difference, never by value.
    private static long later(long a, long b) {
        return a - b >= 0 ? a : b;
    }
}
