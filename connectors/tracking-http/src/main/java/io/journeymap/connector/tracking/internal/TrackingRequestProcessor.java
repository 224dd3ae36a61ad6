package io.journeymap.connector.tracking.internal;

import io.journeymap.api.event.EventSource;
import io.journeymap.api.event.EventType;
import io.journeymap.api.event.TouchpointEvent;
import io.journeymap.api.event.Violation;
import io.journeymap.api.ingest.EventIngest;
import io.journeymap.camel.BasicCredentials;
import io.journeymap.camel.ConnectorActivity;
import io.journeymap.camel.HttpResponses;
import io.journeymap.connector.common.segment.SegmentMessageMapper;
import io.journeymap.connector.common.segment.SegmentMessageMapper.Mapped;
import io.journeymap.connector.tracking.internal.TrackingRequestParser.Batch;
import io.journeymap.connector.tracking.internal.TrackingRequestParser.RawMessage;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.camel.AsyncCallback;
import org.apache.camel.Exchange;
import org.apache.camel.support.AsyncProcessorSupport;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Answers one tracking call the way Segment's HTTP API does: 401 without a known write key, 413
 * over the size limits, 400 naming each bad field and rule (in a batch, which messages; the good
 * ones are kept), and 200 only after the accepted events are durable. It holds no thread while
 * the journal commits.
 */
final class TrackingRequestProcessor extends AsyncProcessorSupport {

    /** The connector name in every event's source. */
    static final String CONNECTOR = "tracking-http";

    private static final Logger LOG = LoggerFactory.getLogger(TrackingRequestProcessor.class);

    private final WriteKeys writeKeys;
    private final EventIngest ingest;
    private final Clock clock;
    private final ConnectorActivity activity;

    TrackingRequestProcessor(WriteKeys writeKeys, EventIngest ingest, Clock clock, ConnectorActivity activity) {
        this.writeKeys = writeKeys;
        this.ingest = ingest;
        this.clock = clock;
        this.activity = activity;
    }

    /** One rejected message of a batch. */
    private record Rejected(int index, String messageId, List<Violation> errors) {
    }

    @Override
    public boolean process(Exchange exchange, AsyncCallback callback) {
        try {
            String call = exchange.getMessage().getHeader("call", String.class);
            boolean batch = "batch".equals(call) || "import".equals(call);
            EventType type = batch ? null : EventType.fromWireName(call)
                    .orElseThrow(() -> new TrackingRejection(404, "not_found", "no such call: /v1/" + call));
            // The write key: the HTTP Basic user, or (as Segment's Java library sends it) a body field.
            String headerKey = BasicCredentials.parse(exchange.getMessage().getHeader("Authorization", String.class))
                    .map(BasicCredentials::user).orElse(null);
            String source = headerKey != null ? sourceOf(headerKey) : null;
            byte[] body = RequestBody.read(bodyBytes(exchange),
                    exchange.getMessage().getHeader("Content-Encoding", String.class),
                    batch ? TrackingLimits.MAX_BATCH_BYTES : TrackingLimits.MAX_MESSAGE_BYTES);
            boolean gpc = "1".equals(exchange.getMessage().getHeader("Sec-GPC", String.class));
            Instant now = clock.instant();

            List<TouchpointEvent> accepted = new ArrayList<>();
            List<Rejected> rejected = new ArrayList<>();
            if (batch) {
                Batch b = parseOrUnauthorized(() -> TrackingRequestParser.batch(body), source);
                source = source != null ? source : sourceOf(b.writeKey());
                for (int i = 0; i < b.messages().size(); i++) {
                    RawMessage m = b.messages().get(i);
                    if (m.bytes().length > TrackingLimits.MAX_MESSAGE_BYTES) {
                        rejected.add(new Rejected(i, m.json().path("messageId").asText(null), List.of(Violation.of(
                                "message", "max-size", "a message must be at most 32 KB"))));
                        continue;
                    }
                    collect(SegmentMessageMapper.map(m.json(), m.bytes(), null, b.context(),
                            new EventSource(CONNECTOR, source), gpc, now), i, m,
                            accepted, rejected);
                }
            } else {
                RawMessage m = parseOrUnauthorized(() -> TrackingRequestParser.single(body), source);
                source = source != null ? source : sourceOf(m.json().path("writeKey").asText(null));
                Mapped mapped = SegmentMessageMapper.map(m.json(), m.bytes(), type, null,
                        new EventSource(CONNECTOR, source), gpc, now);
                if (!mapped.ok()) {
                    throw new TrackingRejection(400, "invalid_request", "the message broke " + mapped.violations().size()
                            + " rule(s)", Map.of("errors", mapped.violations()));
                }
                accepted.add(mapped.event());
            }
            return respondAfterIngest(exchange, callback, accepted, rejected);
        } catch (TrackingRejection r) {
            LOG.debug("route {}: tracking call refused with {} {}", exchange.getFromRouteId(), r.status(), r.code());
            activity.failed("request refused: " + r.status() + " " + r.code(), true);
            HttpResponses.error(exchange, r.status(), r.code(), r.getMessage(), r.details());
            callback.done(true);
            return true;
        }
    }

    private static void collect(Mapped mapped, int index, RawMessage m, List<TouchpointEvent> accepted,
            List<Rejected> rejected) {
        if (mapped.ok()) {
            accepted.add(mapped.event());
        } else {
            rejected.add(new Rejected(index, m.json().path("messageId").asText(null), mapped.violations()));
        }
    }

    private boolean respondAfterIngest(Exchange exchange, AsyncCallback callback, List<TouchpointEvent> accepted,
            List<Rejected> rejected) {
        if (accepted.isEmpty()) {
            answer(exchange, accepted.size(), 0, rejected);
            callback.done(true);
            return true;
        }
        ingest.ingest(accepted).whenComplete((result, failure) -> {
            if (failure != null) {
                LOG.warn("route {}: {} events not stored, answering 503: {}", exchange.getFromRouteId(), accepted.size(),
                        failure.getMessage());
                HttpResponses.error(exchange, 503, "unavailable", "events could not be stored; retry later", Map.of());
                exchange.getMessage().setHeader("Retry-After", "5");
                activity.failed("ingest failed: " + failure.getClass().getSimpleName(), false);
            } else {
                activity.ingested(result.appended());
                answer(exchange, result.appended(), result.duplicates(), rejected);
            }
            callback.done(false);
        });
        return false;
    }

    private static void answer(Exchange exchange, int appended, int duplicates, List<Rejected> rejected) {
        Map<String, Object> body = new LinkedHashMap<>();
        if (rejected.isEmpty()) {
            body.put("success", true);
            body.put("accepted", appended);
            body.put("duplicates", duplicates);
            HttpResponses.json(exchange, 200, body);
            return;
        }
        body.put("accepted", appended);
        body.put("duplicates", duplicates);
        body.put("rejected", rejected);
        HttpResponses.error(exchange, 400, "invalid_request", rejected.size() + " message(s) rejected; "
                + (appended + duplicates) + " accepted and kept", body);
    }

    private String sourceOf(String key) throws TrackingRejection {
        if (key == null || key.isEmpty()) {
            throw new TrackingRejection(401, "unauthorized",
                    "a write key is required as the HTTP Basic user (or writeKey in the body)");
        }
        return writeKeys.sourceOf(key).orElseThrow(() -> new TrackingRejection(401, "unauthorized", "unknown write key"));
    }

    /** A parse step; without a write key in the header, an unparseable body is answered 401, not 400. */
    @FunctionalInterface
    private interface Parse<T> {
        T run() throws TrackingRejection;
    }

    private <T> T parseOrUnauthorized(Parse<T> parse, String source) throws TrackingRejection {
        try {
            return parse.run();
        } catch (TrackingRejection r) {
            if (source == null && r.status() == 400) {
                throw new TrackingRejection(401, "unauthorized",
                        "a write key is required as the HTTP Basic user (or writeKey in the body)");
            }
            throw r;
        }
    }


    private static byte[] bodyBytes(Exchange exchange) {
        byte[] body = exchange.getMessage().getBody(byte[].class);
        return body == null ? new byte[0] : body;
    }
}
