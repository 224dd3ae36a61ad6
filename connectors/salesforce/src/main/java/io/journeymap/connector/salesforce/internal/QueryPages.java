package io.journeymap.connector.salesforce.internal;

/** Reads query batches from Salesforce: the first by SOQL, the next by {@code nextRecordsUrl}. */
interface QueryPages {

    /**
     * @param soql a SOQL query
     * @return its first batch
     * @throws Exception when the call failed after its retries
     */
    QueryPage query(String soql) throws Exception;

    /**
     * @param nextRecordsUrl the previous batch's {@code nextRecordsUrl}
     * @return the next batch
     * @throws Exception when the call failed after its retries
     */
    QueryPage queryMore(String nextRecordsUrl) throws Exception;
}
