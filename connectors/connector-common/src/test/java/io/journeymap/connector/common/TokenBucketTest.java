package io.journeymap.connector.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class TokenBucketTest {

    private final AtomicLong now = new AtomicLong(-5_000_000_000L); // nanoTime may be negative
    private final List<Long> granted = new ArrayList<>();

    private TokenBucket bucket(double rate, int burst) {
        return new TokenBucket(rate, burst, now::get, d -> now.addAndGet(d.toNanos()));
    }

    private void acquire(TokenBucket b, int n) throws InterruptedException {
        for (int i = 0; i < n; i++) {
            b.acquire();
            granted.add(now.get());
        }
    }

    private List<Long> gapsMillis() {
        List<Long> gaps = new ArrayList<>();
        for (int i = 1; i < granted.size(); i++) {
            gaps.add((granted.get(i) - granted.get(i - 1)) / 1_000_000);
        }
        return gaps;
    }

    @Test
    void fourPerSecondWithoutBurstSpacesCalls250msApart() throws Exception {
        acquire(bucket(4, 1), 5);
        assertThat(gapsMillis()).containsExactly(250L, 250L, 250L, 250L);
    }

    @Test
    void aBurstGoesAtOnceThenTheRateApplies() throws Exception {
        acquire(bucket(10, 3), 5);
        assertThat(gapsMillis()).containsExactly(0L, 0L, 100L, 100L);
    }

    @Test
    void idleTimeRefillsNoMoreThanTheBurst() throws Exception {
        TokenBucket b = bucket(10, 2);
        acquire(b, 2);
        now.addAndGet(Duration.ofSeconds(10).toNanos());
        granted.clear();
        acquire(b, 4);
        assertThat(gapsMillis()).containsExactly(0L, 100L, 100L);
    }

    @Test
    void aPauseHoldsEveryCallUntilItEnds() throws Exception {
        TokenBucket b = bucket(100, 1);
        long start = now.get();
        b.pauseFor(Duration.ofSeconds(2));
        acquire(b, 2);
        assertThat((granted.get(0) - start) / 1_000_000).isEqualTo(2000L);
        assertThat(gapsMillis()).containsExactly(10L);
    }

    @Test
    void aShorterPauseDoesNotShortenALongerOne() throws Exception {
        TokenBucket b = bucket(100, 1);
        long start = now.get();
        b.pauseFor(Duration.ofSeconds(3));
        b.pauseFor(Duration.ofSeconds(1));
        acquire(b, 1);
        assertThat((granted.get(0) - start) / 1_000_000).isEqualTo(3000L);
    }
}
