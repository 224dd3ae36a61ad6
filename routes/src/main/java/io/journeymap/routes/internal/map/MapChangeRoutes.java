package io.journeymap.routes.internal.map;

import io.journeymap.api.journal.EventJournal;
import io.journeymap.api.journey.JourneyChange;
import io.journeymap.api.journey.JourneyMap;
import io.journeymap.api.json.EventJson;
import java.util.List;
import org.apache.camel.Exchange;
import org.apache.camel.builder.RouteBuilder;

/**
 * Emits the journey map's changes as they enter its feed: each one, as JSON, to the configured
 * endpoint (a Kafka topic in cluster mode, the log by default), in feed order. The position sent
 * is kept as a journal checkpoint and moved only after the send succeeded, so a restart resends at
 * most the last change (consumers dedupe on its {@code id}). Only the node that updates the map
 * emits.
 */
public class MapChangeRoutes extends RouteBuilder {

    static final String CHECKPOINT = "map-changes";
    static final String POSITION = "JourneymapChangeId";

    private final JourneyMap map;
    private final EventJournal checkpoints;
    private final String uri;

    /**
     * @param map         the journey map
     * @param checkpoints where the last position sent is kept
     * @param uri         where changes go
     */
    public MapChangeRoutes(JourneyMap map, EventJournal checkpoints, String uri) {
        this.map = map;
        this.checkpoints = checkpoints;
        this.uri = uri;
    }

    @Override
    public void configure() {
        onException(Exception.class).maximumRedeliveries(0).handled(true)
                .log(org.apache.camel.LoggingLevel.WARN, "journey map changes not emitted yet, retried on the next poll: ${exception.message}");

        from("timer:map-changes?period=5000&delay=5000").routeId("map-changes-emit")
                .filter(e -> map.status().owner())
                .process(this::pending)
                .split(body()).shareUnitOfWork().stopOnException()
                    .setHeader(POSITION, simple("${body.id}"))
                    .process(e -> e.getMessage().setBody(EventJson.mapper().writeValueAsBytes(e.getMessage().getBody())))
                    .to(uri)
                    .process(e -> checkpoints.commit(CHECKPOINT, e.getMessage().getHeader(POSITION, Long.class)))
                .end();
    }

    private void pending(Exchange e) {
        List<JourneyChange> changes = map.changes(checkpoints.checkpoint(CHECKPOINT), 100);
        e.getMessage().setBody(changes);
    }
}
