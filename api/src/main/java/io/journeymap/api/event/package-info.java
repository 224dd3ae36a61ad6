/**
 * The canonical touchpoint event: the one shape that crosses a bundle edge. Connectors map their
 * system's records to {@link io.journeymap.api.event.TouchpointEvent} and nothing else. The fields
 * follow the Segment tracking spec so that existing tracking SDKs can send to journeymap unchanged.
 */
package io.journeymap.api.event;
