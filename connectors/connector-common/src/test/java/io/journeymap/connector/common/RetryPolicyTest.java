package io.journeymap.connector.common;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class RetryPolicyTest {

    private final RetryPolicy policy = new RetryPolicy(6, Duration.ofMillis(100), Duration.ofSeconds(1), 2.0, 0.5,
            Duration.ofMinutes(1));

    @Test
    void backoffGrowsExponentiallyUpToTheCap() {
        assertThat(policy.backoff(1, 0.0)).isEqualTo(Duration.ofMillis(100));
        assertThat(policy.backoff(2, 0.0)).isEqualTo(Duration.ofMillis(200));
        assertThat(policy.backoff(4, 0.0)).isEqualTo(Duration.ofMillis(800));
        assertThat(policy.backoff(5, 0.0)).isEqualTo(Duration.ofSeconds(1));
        assertThat(policy.backoff(30, 0.0)).isEqualTo(Duration.ofSeconds(1));
    }

    @Test
    void jitterTakesUpToItsFractionOff() {
        assertThat(policy.backoff(2, 0.999_999)).isBetween(Duration.ofMillis(100), Duration.ofMillis(101));
        assertThat(policy.backoff(2, 0.5)).isEqualTo(Duration.ofMillis(150));
    }

    @Test
    void retryAfterIsAFloorNotACeiling() {
        assertThat(policy.delayBefore(1, Optional.of(Duration.ofSeconds(5)), 0.0)).isEqualTo(Duration.ofSeconds(5));
        assertThat(policy.delayBefore(3, Optional.of(Duration.ofMillis(10)), 0.0)).isEqualTo(Duration.ofMillis(400));
    }

    @Test
    void rejectsNonsense() {
        assertThatThrownBy(() -> new RetryPolicy(0, Duration.ZERO, Duration.ZERO, 2, 0, Duration.ZERO))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new RetryPolicy(3, Duration.ofSeconds(2), Duration.ofSeconds(1), 2, 0, Duration.ZERO))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new RetryPolicy(3, Duration.ZERO, Duration.ZERO, 2, 1.5, Duration.ZERO))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
