package io.journeymap.camel;

import io.journeymap.api.connector.ConnectorState;
import io.journeymap.api.connector.ConnectorStatus;
import java.time.Clock;
import java.util.Hashtable;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import org.apache.camel.CamelContext;
import org.osgi.framework.BundleContext;
import org.osgi.framework.ServiceRegistration;

/**
 * A connector's live {@link ConnectorStatus}: its routes report ingested events and failures here
 * and the connector registers it as a service. Events are counted in one-second buckets so "the last
 * minute" costs a fixed 60 counters however busy the connector is.
 */
public final class ConnectorActivity implements ConnectorStatus {

    private static final int WINDOW_SECONDS = 60;

    private final String name;
    private final String instance;
    private final Clock clock;
    private final long[] bucketSecond = new long[WINDOW_SECONDS];
    private final long[] bucketCount = new long[WINDOW_SECONDS];
    private volatile ConnectorState state;
    private volatile Supplier<Optional<String>> checkpoint = Optional::empty;
    private long errors;
    private String lastError;

    /**
     * @param name     the connector, e.g. {@code hubspot}
     * @param instance the configured instance
     * @param state    the state to start in
     * @param clock    the time, for the event window
     */
    public ConnectorActivity(String name, String instance, ConnectorState state, Clock clock) {
        this.name = name;
        this.instance = instance;
        this.state = state;
        this.clock = clock;
    }

    /** @param events how many events were just ingested durably; the connector counts as running */
    public synchronized void ingested(int events) {
        long second = clock.millis() / 1000;
        int slot = (int) (second % WINDOW_SECONDS);
        if (bucketSecond[slot] != second) {
            bucketSecond[slot] = second;
            bucketCount[slot] = 0;
        }
        bucketCount[slot] += events;
        if (state == ConnectorState.FAILING) {
            state = ConnectorState.RUNNING;
        }
    }

    /**
     * @param count how many records were just dead-lettered: each is an error of the source's, and the
     *     connector goes on (dead-lettering is how it does)
     */
    public synchronized void deadLettered(int count) {
        if (count > 0) {
            errors += count;
            lastError = count + " record(s) dead-lettered";
        }
    }

    /**
     * For connectors that keep their own position: what they just stored, shown with the time.
     *
     * @param description the position reached, e.g. {@code events-0 offset 41}; null when it did not move
     */
    public void checkpointed(String description) {
        if (description != null && !description.isEmpty()) {
            String at = description + " at " + clock.instant();
            checkpoint = () -> Optional.of(at);
        }
    }

    /**
     * What one unit of work (a file, a poll's batch, a report) did, in one call.
     *
     * @param events       events made durable (new or already stored)
     * @param deadLettered records dead-lettered
     * @param checkpoint   the position reached, or null when it did not move
     */
    public void recorded(int events, int deadLettered, String checkpoint) {
        ingested(events);
        deadLettered(deadLettered);
        checkpointed(checkpoint);
    }

    /**
     * Counts the context's failed and retried exchanges as failures of this connector. Call before the
     * context starts (in {@link RouteBundleContext.Setup}).
     *
     * @param context the connector's CamelContext
     */
    public void watch(CamelContext context) {
        ActivityNotifier.watch(context, this);
    }

    /** Notes that an attempt succeeded (with or without events): a failing connector is running again. */
    public void succeeded() {
        if (state == ConnectorState.FAILING) {
            state = ConnectorState.RUNNING;
        }
    }

    /**
     * @param reason why, without payloads or personal data
     * @param stillRunning whether the connector goes on (a refused request) or is failing (its source or store)
     */
    public synchronized void failed(String reason, boolean stillRunning) {
        errors++;
        lastError = reason;
        if (!stillRunning && state == ConnectorState.RUNNING) {
            state = ConnectorState.FAILING;
        }
    }

    /** @param state the new state, e.g. {@link ConnectorState#STOPPED} when the routes stop */
    public void state(ConnectorState state) {
        this.state = state;
    }

    /** @param checkpoint describes the last stored checkpoint when asked */
    public void checkpoint(Supplier<Optional<String>> checkpoint) {
        this.checkpoint = checkpoint;
    }

    /**
     * Publishes this as the connector's {@link ConnectorStatus} service, for the shell and monitoring.
     *
     * @param bundleContext the connector bundle's context
     * @return the registration, to unregister in the connector's {@code @Deactivate}
     */
    public ServiceRegistration<ConnectorStatus> register(BundleContext bundleContext) {
        return bundleContext.registerService(ConnectorStatus.class, this, new Hashtable<>(Map.of(
                "journeymap.connector", name, "journeymap.connector.instance", instance)));
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public String instance() {
        return instance;
    }

    @Override
    public ConnectorState state() {
        return state;
    }

    @Override
    public Optional<String> lastCheckpoint() {
        return checkpoint.get();
    }

    @Override
    public synchronized long eventsLastMinute() {
        long now = clock.millis() / 1000;
        long sum = 0;
        for (int i = 0; i < WINDOW_SECONDS; i++) {
            if (now - bucketSecond[i] < WINDOW_SECONDS) {
                sum += bucketCount[i];
            }
        }
        return sum;
    }

    @Override
    public synchronized long errors() {
        return errors;
    }

    @Override
    public synchronized Optional<String> lastError() {
        return Optional.ofNullable(lastError);
    }
}
