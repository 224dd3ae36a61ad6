package io.journeymap.api.connector;

/** What a connector is doing, as an admin sees it. */
public enum ConnectorState {
    /** Reading its source; its last attempt succeeded. */
    RUNNING,
    /** Running, but its last attempt failed; it retries on its own. */
    FAILING,
    /** Not reading its source: not configured, or stopped. */
    STOPPED
}
