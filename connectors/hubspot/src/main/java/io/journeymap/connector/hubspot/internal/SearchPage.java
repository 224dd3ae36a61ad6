package io.journeymap.connector.hubspot.internal;

import java.util.List;
import java.util.Map;

/**
 * One page of search results, as HubSpot documents it: {@code results[]} of
 * {@code {id, properties, createdAt, updatedAt, archived}}, {@code paging.next.after} while more remain.
 *
 * @param results   the objects, as mutable maps
 * @param nextAfter the cursor of the next page, null on the last
 * @param total     how many objects match the query in all
 */
record SearchPage(List<Map<String, Object>> results, String nextAfter, long total) {
}
