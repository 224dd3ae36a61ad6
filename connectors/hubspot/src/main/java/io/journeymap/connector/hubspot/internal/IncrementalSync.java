package io.journeymap.connector.hubspot.internal;

import io.journeymap.connector.common.HttpCallException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Reads the objects modified since a checkpoint, a page at a time, through the CRM search API.
 *
 * <p>Every page is a new query anchored on the checkpoint ({@code modified >= modifiedSince}, oldest
 * first), not the next offset of one long query: an object modified while we page moves to the end
 * of the order, and with offsets the object behind it would slide into the page already read and be
 * lost. Anchoring every page also keeps each query far below the search API's 10,000-result cap.
 * {@code after} is only used to page past objects already delivered that share the anchor's
 * millisecond; more of those than the cap stops the sync with a message rather than skip any.
 */
final class IncrementalSync {

    /** One page and the checkpoint that holds once it is delivered. */
    record Page(List<Map<String, Object>> records, SyncCheckpoint next) {
    }

    private final HubSpotClient client;
    private final HubSpotObjectType type;
    private final List<String> properties;
    private final int pageSize;
    private final int resultLimit;
    private final long indexLagMillis;
    private final boolean associatedContacts;
    private final Clock clock;

    IncrementalSync(HubSpotClient client, HubSpotObjectType type, List<String> properties, int pageSize,
            int resultLimit, long indexLagMillis, boolean associatedContacts, Clock clock) {
        this.client = client;
        this.type = type;
        this.properties = properties;
        this.pageSize = pageSize;
        this.resultLimit = resultLimit;
        this.indexLagMillis = indexLagMillis;
        this.associatedContacts = associatedContacts && !type.isContact();
        this.clock = clock;
    }

    /**
     * @param from what was delivered so far
     * @return the next objects not yet delivered, oldest first, or empty when there are none
     */
    Optional<Page> next(SyncCheckpoint from) throws HttpCallException, InterruptedException, HubSpotSyncException {
        Long before = indexLagMillis > 0 ? clock.millis() - indexLagMillis : null;
        // The anchor's delivered objects come back first: ask for that many more, so a page stays full.
        int limit = Math.min(HubSpotClient.MAX_BATCH_INPUTS, pageSize + from.deliveredIds().size());
        String after = null;
        int passed = 0;
        while (true) {
            SearchPage page = client.search(type, new SearchQuery(from.modifiedSince(), before, properties, limit,
                    after));
            List<Map<String, Object>> fresh = new ArrayList<>();
            for (Map<String, Object> r : page.results()) {
                if (!from.delivered(HubSpotRecords.modified(r, type), HubSpotRecords.id(r))) {
                    fresh.add(r);
                }
            }
            if (!fresh.isEmpty()) {
                if (fresh.size() > pageSize) {
                    fresh = new ArrayList<>(fresh.subList(0, pageSize));
                }
                if (associatedContacts) {
                    client.attachAssociatedContacts(type, fresh);
                }
                return Optional.of(new Page(fresh, advance(from, fresh)));
            }
            if (page.nextAfter() == null || page.results().isEmpty()) {
                return Optional.empty();
            }
            passed += page.results().size();
            if (passed + limit > resultLimit) {
                throw new HubSpotSyncException("more than " + resultLimit + " " + type.path()
                        + " share the modification instant " + from.modifiedSince()
                        + "; the search API cannot page past them");
            }
            after = page.nextAfter();
        }
    }

    private SyncCheckpoint advance(SyncCheckpoint from, List<Map<String, Object>> delivered) {
        long newest = from.modifiedSince();
        for (Map<String, Object> r : delivered) {
            Long m = HubSpotRecords.modified(r, type);
            if (m != null && m > newest) {
                newest = m;
            }
        }
        Set<String> ids = new HashSet<>(newest == from.modifiedSince() ? from.deliveredIds() : Set.of());
        for (Map<String, Object> r : delivered) {
            Long m = HubSpotRecords.modified(r, type);
            String id = HubSpotRecords.id(r);
            if (m != null && m == newest && id != null) {
                ids.add(id);
            }
        }
        return new SyncCheckpoint(newest, ids);
    }
}
