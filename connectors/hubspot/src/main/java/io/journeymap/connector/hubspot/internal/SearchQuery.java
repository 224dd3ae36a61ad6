package io.journeymap.connector.hubspot.internal;

import java.util.List;

/**
 * One CRM search: objects modified at or after {@code modifiedFrom} (and before {@code modifiedBefore}
 * when set), oldest first.
 *
 * @param modifiedFrom   epoch milliseconds, inclusive
 * @param modifiedBefore epoch milliseconds, exclusive; null for no upper bound
 * @param properties     the properties to return
 * @param limit          results per page, at most 100
 * @param after          the paging cursor from the previous page, null for the first
 */
record SearchQuery(long modifiedFrom, Long modifiedBefore, List<String> properties, int limit, String after) {
}
