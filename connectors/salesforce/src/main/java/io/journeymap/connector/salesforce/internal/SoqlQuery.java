package io.journeymap.connector.salesforce.internal;

import java.time.Instant;

/** The incremental SOQL query of one object. */
final class SoqlQuery {

    private SoqlQuery() {
    }

    /**
     * Everything modified from the watermark (floored to the second) up to, not including, the upper
     * bound, oldest first with Id breaking ties, so the order is total and a resumed sync can pass over
     * exactly what it delivered.
     *
     * @param object the object
     * @param from   the watermark
     * @param before the upper bound (now minus the commit lag)
     * @return the SOQL
     */
    static String incremental(SalesforceObject object, Instant from, Instant before) {
        return "SELECT " + String.join(", ", object.selectedFields()) + " FROM " + object.apiName()
                + " WHERE SystemModstamp >= " + SalesforceTimes.soqlLiteral(from)
                + " AND SystemModstamp < " + SalesforceTimes.soqlLiteral(before)
                + " ORDER BY SystemModstamp ASC, Id ASC";
    }
}
