package io.journeymap.api.connector;

import java.util.Optional;

/**
 * A connector's state for the shell ({@code journeymap:connector-list}) and monitoring. Every
 * connector instance registers one as an OSGi service while its bundle is active. Nothing here
 * carries personal data: error reasons name the failure, never a payload.
 */
public interface ConnectorStatus {

    /** @return the connector, e.g. {@code hubspot} or {@code tracking-http} */
    String name();

    /** @return which configured instance (account, source) of the connector */
    String instance();

    /** @return what the connector is doing now */
    ConnectorState state();

    /**
     * @return a short, human-readable description of the last stored checkpoint (e.g. per object type
     *     the modification time it reached), empty when there is none or the connector keeps none
     */
    Optional<String> lastCheckpoint();

    /** @return how many events the connector ingested durably in the last 60 seconds */
    long eventsLastMinute();

    /** @return how many failures (source calls, ingest, refused requests) it counted since it started */
    long errors();

    /** @return the reason of the most recent failure, without payloads or personal data; empty when none */
    Optional<String> lastError();
}
