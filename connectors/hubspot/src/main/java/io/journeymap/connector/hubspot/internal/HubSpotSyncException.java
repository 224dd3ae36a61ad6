package io.journeymap.connector.hubspot.internal;

/** The incremental sync cannot go on without losing objects; it stops at its checkpoint and says why. */
public class HubSpotSyncException extends Exception {
    private static final long serialVersionUID = 1L;

    /** @param message what blocks the sync */
    public HubSpotSyncException(String message) {
        super(message);
    }
}
