package io.journeymap.connector.tracking.internal;

/** Segment's documented limits, which SDKs already respect. */
final class TrackingLimits {
    /** Most bytes in one message. */
    static final int MAX_MESSAGE_BYTES = 32 * 1024;
    /** Most bytes in one batch request (after decompression). */
    static final int MAX_BATCH_BYTES = 500 * 1024;
    /** Most messages in one batch. */
    static final int MAX_BATCH_MESSAGES = 2500;

    private TrackingLimits() {
    }
}
