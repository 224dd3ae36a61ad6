package io.journeymap.connector.hubspot.internal;

import com.fasterxml.jackson.databind.JsonNode;
import io.journeymap.api.event.Violation;
import io.journeymap.api.ingest.EventIngest;
import io.journeymap.api.json.EventJson;
import io.journeymap.camel.ConnectorActivity;
import io.journeymap.camel.HttpResponses;
import java.io.IOException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Executor;
import org.apache.camel.AsyncCallback;
import org.apache.camel.Exchange;
import org.apache.camel.support.AsyncProcessorSupport;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Answers one HubSpot webhook request: 401 unless the v3 signature matches and is at most five
 * minutes old; 400 naming each bad field; otherwise the events are ingested and 200 is answered
 * only once they are durable (503 when they are not, which HubSpot retries). Deal and company
 * events are joined to their contacts with one associations read, off the HTTP event loop.
 */
final class HubSpotWebhookProcessor extends AsyncProcessorSupport {

    private static final Logger LOG = LoggerFactory.getLogger(HubSpotWebhookProcessor.class);

    /** What the receiver reads from the CRM; null when no access token is set. */
    interface CrmReads {
        /**
         * @param kind {@code deal} or {@code company}
         * @param ids  object ids
         * @return contact ids by object id
         */
        Map<Long, List<String>> contacts(String kind, List<Long> ids) throws Exception;

        /**
         * @param ids deal ids, at most {@link HubSpotClient#MAX_BATCH_INPUTS}
         * @return the deals as the sync reads them, associated contacts attached, by id
         */
        Map<Long, Map<String, Object>> deals(List<Long> ids) throws Exception;
    }

    private final HubSpotSignatureV3 signature;
    private final String publicUrl;
    private final HubSpotWebhookMapper mapper;
    private final CrmReads crm;
    private final Executor lookups;
    private final EventIngest ingest;
    private final ConnectorActivity activity;
    private final Clock clock;

    HubSpotWebhookProcessor(HubSpotSignatureV3 signature, String publicUrl, HubSpotWebhookMapper mapper,
            CrmReads crm, Executor lookups, EventIngest ingest, ConnectorActivity activity,
            Clock clock) {
        this.signature = signature;
        this.publicUrl = publicUrl;
        this.mapper = mapper;
        this.crm = crm;
        this.lookups = lookups;
        this.ingest = ingest;
        this.activity = activity;
        this.clock = clock;
    }

    @Override
    public boolean process(Exchange exchange, AsyncCallback callback) {
        byte[] body = exchange.getMessage().getBody(byte[].class);
        body = body == null ? new byte[0] : body;
        String uri = signedUri(exchange);
        HubSpotSignatureV3.Result verdict = signature.verify("POST", uri, body,
                exchange.getMessage().getHeader(HubSpotSignatureV3.TIMESTAMP_HEADER, String.class),
                exchange.getMessage().getHeader(HubSpotSignatureV3.SIGNATURE_HEADER, String.class));
        if (verdict != HubSpotSignatureV3.Result.VALID) {
            activity.failed("webhook refused: signature " + verdict, true);
            // the URI is what an admin compares with the app's registered URL (webhook.public.url)
            LOG.debug("route {}: webhook refused, signature {} over URI {} and a body of {} bytes",
                    exchange.getFromRouteId(), verdict, uri, body.length);
            HttpResponses.error(exchange, 401, "unauthorized", "the X-HubSpot-Signature-v3 check failed: " + verdict,
                    Map.of("reason", verdict.name()));
            callback.done(true);
            return true;
        }
        WebhookEvent.Parsed parsed = parse(body);
        if (!parsed.violations().isEmpty()) {
            activity.failed("webhook refused: 400 invalid body", true);
            HttpResponses.error(exchange, 400, "invalid_request", "the webhook body broke " + parsed.violations().size()
                    + " rule(s)", Map.of("errors", parsed.violations()));
            callback.done(true);
            return true;
        }
        CompletableFuture.supplyAsync(() -> lookUp(parsed.events()), lookups)
                .thenCompose(found -> {
                    HubSpotWebhookMapper.Result r = mapper.map(parsed.events(), found, clock.instant());
                    return (r.events().isEmpty() ? CompletableFuture.completedFuture(null)
                            : ingest.ingest(r.events()).toCompletableFuture()).thenApply(x -> r);
                })
                .whenComplete((r, failure) -> {
                    if (failure != null) {
                        Throwable cause = failure instanceof CompletionException && failure.getCause() != null
                                ? failure.getCause() : failure;
                        activity.failed("webhook ingest failed: " + cause.getClass().getSimpleName(), false);
                        LOG.warn("route {}: webhook events not stored, answering 503: {}", exchange.getFromRouteId(),
                                cause.getClass().getSimpleName());
                        HttpResponses.error(exchange, 503, "unavailable", "events could not be stored; retry later",
                                Map.of());
                    } else {
                        answer(exchange, r);
                    }
                    callback.done(false);
                });
        return false;
    }

    private void answer(Exchange exchange, HubSpotWebhookMapper.Result r) {
        activity.ingested(r.events().size());
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("accepted", r.events().size());
        body.put("skipped", r.skipped());
        if (r.rejected().isEmpty()) {
            body.put("success", true);
            HttpResponses.json(exchange, 200, body);
            return;
        }
        List<Map<String, Object>> rejected = new ArrayList<>();
        r.rejected().forEach((index, errors) -> rejected.add(Map.of("index", index, "errors", errors)));
        body.put("rejected", rejected);
        HttpResponses.error(exchange, 400, "invalid_request", rejected.size() + " event(s) rejected; the others were kept",
                body);
    }

    private HubSpotWebhookMapper.CrmLookups lookUp(List<WebhookEvent> events) {
        Map<String, List<Long>> idsByKind = new HashMap<>();
        List<Long> stageChanges = new ArrayList<>();
        for (WebhookEvent e : events) {
            if (HubSpotWebhookMapper.supported(e) && HubSpotWebhookMapper.VIA_CONTACTS.contains(e.objectKind())) {
                idsByKind.computeIfAbsent(e.objectKind(), k -> new ArrayList<>()).add(e.objectId());
            }
            if (HubSpotWebhookMapper.isStageChange(e) && !stageChanges.contains(e.objectId())) {
                stageChanges.add(e.objectId());
            }
        }
        if (idsByKind.isEmpty()) {
            return HubSpotWebhookMapper.CrmLookups.NONE;
        }
        if (crm == null) {
            LOG.info("deal and company webhook events are passed over: no access.token to read their contacts");
            return HubSpotWebhookMapper.CrmLookups.NONE;
        }
        try {
            Map<Long, List<String>> contacts = new HashMap<>();
            for (Map.Entry<String, List<Long>> e : idsByKind.entrySet()) {
                contacts.putAll(crm.contacts(e.getKey(), e.getValue()));
            }
            return new HubSpotWebhookMapper.CrmLookups(contacts,
                    stageChanges.isEmpty() ? Map.of() : crm.deals(stageChanges));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new CompletionException(e);
        } catch (Exception e) {
            throw new CompletionException(e);
        }
    }

    /** The URI HubSpot signed: the configured public URL, else the URL as requested (Host header, path, query). */
    private String signedUri(Exchange exchange) {
        if (publicUrl == null) {
            return exchange.getMessage().getHeader(Exchange.HTTP_URL, String.class);
        }
        String query = exchange.getMessage().getHeader(Exchange.HTTP_RAW_QUERY, String.class);
        return publicUrl + (query == null || query.isEmpty() ? "" : "?" + query);
    }

    private static WebhookEvent.Parsed parse(byte[] body) {
        try {
            JsonNode json = EventJson.mapper().readTree(body);
            return WebhookEvent.parse(json);
        } catch (IOException e) {
            return new WebhookEvent.Parsed(List.of(), List.of(Violation.of("body", "json",
                    "the body must be JSON")));
        }
    }

    /** @return the CRM reads over the client, with its limits, retries and re-auth */
    static CrmReads over(HubSpotClient client) {
        return new CrmReads() {
            @Override
            public Map<Long, List<String>> contacts(String kind, List<Long> ids) throws Exception {
                HubSpotObjectType type = kind.equals("deal") ? HubSpotObjectType.DEALS : HubSpotObjectType.COMPANIES;
                Map<Long, List<String>> out = new HashMap<>();
                List<String> asText = ids.stream().map(String::valueOf).distinct().toList();
                client.associatedContacts(type, asText).forEach((id, contacts) -> out.put(Long.parseLong(id),
                        contacts.stream().map(c -> c.get("id").toString()).toList()));
                return out;
            }

            @Override
            public Map<Long, Map<String, Object>> deals(List<Long> ids) throws Exception {
                List<Map<String, Object>> records = client.batchRead(HubSpotObjectType.DEALS,
                        ids.stream().map(String::valueOf).toList(), HubSpotObjectType.DEALS.defaultProperties());
                client.attachAssociatedContacts(HubSpotObjectType.DEALS, records);
                Map<Long, Map<String, Object>> byId = new HashMap<>();
                for (Map<String, Object> r : records) {
                    String id = HubSpotRecords.id(r);
                    if (id != null && id.matches("\\d{1,18}")) {
                        byId.put(Long.parseLong(id), r);
                    }
                }
                return byId;
            }
        };
    }
}
