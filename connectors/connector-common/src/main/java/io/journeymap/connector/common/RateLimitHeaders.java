package io.journeymap.connector.common;

import java.net.http.HttpHeaders;
import java.time.Duration;
import java.util.Optional;

/**
 * Reacts to a server's "remaining in this window" headers: when the window is used up, the limiter
 * pauses for the window's length, so the next call does not earn a 429. HubSpot sends
 * {@code X-HubSpot-RateLimit-Remaining} with {@code X-HubSpot-RateLimit-Interval-Milliseconds}, and
 * {@code X-HubSpot-RateLimit-Secondly-Remaining} for its one-second window.
 */
public final class RateLimitHeaders implements ResponseHook {

    private final RateLimiter limiter;
    private final String remainingHeader;
    private final String intervalHeader;
    private final Duration defaultInterval;

    /**
     * @param limiter         the limiter to pause
     * @param remainingHeader the header with the calls left in the window
     * @param intervalHeader  the header with the window's length in milliseconds, may be null
     * @param defaultInterval the window's length when the server does not say
     */
    public RateLimitHeaders(RateLimiter limiter, String remainingHeader, String intervalHeader,
            Duration defaultInterval) {
        this.limiter = limiter;
        this.remainingHeader = remainingHeader;
        this.intervalHeader = intervalHeader;
        this.defaultInterval = defaultInterval;
    }

    @Override
    public void onResponse(int status, HttpHeaders headers) {
        Optional<Long> remaining = number(headers, remainingHeader);
        if (remaining.isPresent() && remaining.get() <= 0) {
            Duration window = intervalHeader == null ? defaultInterval
                    : number(headers, intervalHeader).map(Duration::ofMillis).orElse(defaultInterval);
            limiter.pauseFor(window);
        }
    }

    private static Optional<Long> number(HttpHeaders headers, String name) {
        try {
            return headers.firstValue(name).map(String::trim).map(Long::parseLong);
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }
}
