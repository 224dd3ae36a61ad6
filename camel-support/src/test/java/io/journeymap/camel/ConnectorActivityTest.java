package io.journeymap.camel;

import static org.assertj.core.api.Assertions.assertThat;

import io.journeymap.api.connector.ConnectorState;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class ConnectorActivityTest {

    private static final class Ticking extends Clock {
        Instant now = Instant.parse("2026-11-28T12:00:00Z");

        @Override
        public ZoneOffset getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }

    @Test
    void eventsOlderThanAMinuteDropOutOfTheCount() {
        Ticking clock = new Ticking();
        ConnectorActivity a = new ConnectorActivity("hubspot", "acme", ConnectorState.RUNNING, clock);
        a.ingested(5);
        clock.now = clock.now.plus(Duration.ofSeconds(30));
        a.ingested(3);
        assertThat(a.eventsLastMinute()).isEqualTo(8);
        clock.now = clock.now.plus(Duration.ofSeconds(31));
        assertThat(a.eventsLastMinute()).isEqualTo(3);
        clock.now = clock.now.plus(Duration.ofMinutes(5));
        assertThat(a.eventsLastMinute()).isZero();
    }

    @Test
    void aSourceFailureMakesItFailingUntilTheNextSuccess() {
        ConnectorActivity a = new ConnectorActivity("hubspot", "acme", ConnectorState.RUNNING, new Ticking());
        a.failed("search: 503 after 5 attempts", false);
        assertThat(a.state()).isEqualTo(ConnectorState.FAILING);
        assertThat(a.lastError()).contains("search: 503 after 5 attempts");
        a.succeeded();
        assertThat(a.state()).isEqualTo(ConnectorState.RUNNING);
        assertThat(a.errors()).isEqualTo(1);
    }

    @Test
    void aRefusedRequestCountsButLeavesItRunningAndAStoppedOneStaysStopped() {
        ConnectorActivity a = new ConnectorActivity("tracking-http", "default", ConnectorState.RUNNING, new Ticking());
        a.failed("401 unknown write key", true);
        assertThat(a.state()).isEqualTo(ConnectorState.RUNNING);
        ConnectorActivity stopped = new ConnectorActivity("hubspot", "default", ConnectorState.STOPPED, new Ticking());
        stopped.failed("x", false);
        stopped.ingested(1);
        assertThat(stopped.state()).isEqualTo(ConnectorState.STOPPED);
    }

    @Test
    void deadLetteredRecordsCountAsErrorsWhileTheConnectorKeepsRunning() {
        ConnectorActivity a = new ConnectorActivity("files", "default", ConnectorState.RUNNING, new Ticking());
        a.deadLettered(0);
        assertThat(a.errors()).isZero();
        a.deadLettered(3);
        assertThat(a.errors()).isEqualTo(3);
        assertThat(a.lastError()).hasValue("3 record(s) dead-lettered");
        assertThat(a.state()).isEqualTo(ConnectorState.RUNNING);
    }

    @Test
    void aPositionTheConnectorKeepsItselfIsShownWithTheTimeItWasReached() {
        Ticking clock = new Ticking();
        ConnectorActivity a = new ConnectorActivity("kafka", "default", ConnectorState.RUNNING, clock);
        assertThat(a.lastCheckpoint()).isEmpty();
        a.checkpointed("events-0 offset 41");
        clock.now = clock.now.plusSeconds(5);
        a.checkpointed(null);
        assertThat(a.lastCheckpoint()).hasValue("events-0 offset 41 at 2026-11-28T12:00:00Z");
    }
}
