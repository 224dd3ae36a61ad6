package io.journeymap.connector.hubspot.internal;

import io.journeymap.connector.common.CheckpointStore;
import java.util.function.Supplier;
import org.apache.camel.RuntimeCamelException;
import org.apache.camel.spi.Metadata;
import org.apache.camel.spi.UriParam;
import org.apache.camel.spi.UriParams;
import org.apache.camel.spi.UriPath;

/** The options of a {@code hubspot:} endpoint; each field's javadoc is its user documentation. */
@UriParams
public class HubSpotConfiguration implements Cloneable {

    /** The CRM object type to sync or update: contacts, companies, deals, emails, calls, meetings, notes or tasks. */
    @UriPath(enums = "contacts,companies,deals,emails,calls,meetings,notes,tasks")
    @Metadata(required = true)
    private String objectType;

    /** The HubSpot API's base URL; point it at a local stand-in in tests. */
    @UriParam(label = "common", defaultValue = "https://api.hubapi.com")
    private String baseUrl = "https://api.hubapi.com";

    /** A private app's access token, sent as a Bearer token. Either this or tokenSupplier is required. */
    @UriParam(label = "security", secret = true)
    private String accessToken;

    /** Supplies access tokens (e.g. an OAuth refresh) instead of a fixed accessToken; asked again once after a 401. */
    @UriParam(label = "security,advanced")
    private Supplier<String> tokenSupplier;

    /** Names this HubSpot account: the events' source instance and part of the checkpoint key, so two accounts never share a checkpoint. */
    @UriParam(label = "common", defaultValue = "default")
    private String instanceName = "default";

    /** Comma-separated properties to read; empty reads the object type's defaults (every property the mapper uses). The modified-date property is always added. */
    @UriParam(label = "consumer")
    private String properties;

    /** Objects per search request and per exchange, 1 to 100. */
    @UriParam(label = "consumer", defaultValue = "100")
    private int pageSize = 100;

    /** The most search requests per second: HubSpot allows 4 per second per token and sends no rate-limit headers on search, so the limit is kept on our side. */
    @UriParam(label = "consumer", defaultValue = "4")
    private double searchRequestsPerSecond = 4;

    /** The most other requests (associations, updates) per second; HubSpot's X-HubSpot-RateLimit-* headers also pause them when a window is used up. */
    @UriParam(label = "common", defaultValue = "10")
    private double requestsPerSecond = 10;

    /** For companies, deals and engagements, read the associated contact ids (one associations batch read per page), so their events name the people. */
    @UriParam(label = "consumer", defaultValue = "true")
    private boolean associatedContacts = true;

    /** Where a sync with no stored checkpoint starts: an ISO-8601 instant or epoch milliseconds; empty starts from the oldest object. */
    @UriParam(label = "consumer")
    private String startDate;

    /** Milliseconds: objects modified more recently than this are left for a later poll, because HubSpot's search index trails writes by a few seconds and an object indexed late must not fall behind the checkpoint. 0 disables. */
    @UriParam(label = "consumer", defaultValue = "10000")
    private long indexLag = 10000;

    /** The most pages one poll delivers; the next poll continues where it stopped. */
    @UriParam(label = "consumer", defaultValue = "50")
    private int maxPagesPerPoll = 50;

    /** HubSpot's search returns at most this many results per query (paging past it is a 400); the consumer re-anchors its filter on the last modified date long before it. */
    @UriParam(label = "consumer,advanced", defaultValue = "10000")
    private int searchResultLimit = 10000;

    /** Where the sync position is kept; defaults to the component's store (in memory unless one is configured). */
    @UriParam(label = "consumer,advanced")
    private CheckpointStore checkpointStore;

    /** What the producer does: update (PATCH one object) or batchUpdate (POST batch/update, 100 inputs per request). */
    @UriParam(label = "producer", enums = "update,batchUpdate")
    private HubSpotOperation operation;

    /** The most tries of one request (429, 5xx, timeouts and connection errors are retried; other 4xx are not). */
    @UriParam(label = "advanced", defaultValue = "5")
    private int maxAttempts = 5;

    /** Milliseconds before the first retry; doubles each time, with jitter, never sooner than Retry-After. */
    @UriParam(label = "advanced", defaultValue = "500")
    private long initialRetryDelay = 500;

    /** The longest computed wait between retries, in milliseconds. */
    @UriParam(label = "advanced", defaultValue = "30000")
    private long maxRetryDelay = 30000;

    /** Milliseconds within which all tries of one request must fall; the call fails as retriable after it. */
    @UriParam(label = "advanced", defaultValue = "120000")
    private long retryTimeout = 120000;

    /** Milliseconds to wait for a connection. */
    @UriParam(label = "advanced", defaultValue = "10000")
    private long connectTimeout = 10000;

    /** Milliseconds to wait for a whole response. */
    @UriParam(label = "advanced", defaultValue = "30000")
    private long requestTimeout = 30000;

    public String getObjectType() {
        return objectType;
    }

    public void setObjectType(String objectType) {
        this.objectType = objectType;
    }

    public String getBaseUrl() {
        return baseUrl;
    }

    public void setBaseUrl(String baseUrl) {
        this.baseUrl = baseUrl;
    }

    public String getAccessToken() {
        return accessToken;
    }

    public void setAccessToken(String accessToken) {
        this.accessToken = accessToken;
    }

    public Supplier<String> getTokenSupplier() {
        return tokenSupplier;
    }

    public void setTokenSupplier(Supplier<String> tokenSupplier) {
        this.tokenSupplier = tokenSupplier;
    }

    public String getInstanceName() {
        return instanceName;
    }

    public void setInstanceName(String instanceName) {
        this.instanceName = instanceName;
    }

    public String getProperties() {
        return properties;
    }

    public void setProperties(String properties) {
        this.properties = properties;
    }

    public int getPageSize() {
        return pageSize;
    }

    public void setPageSize(int pageSize) {
        this.pageSize = pageSize;
    }

    public double getSearchRequestsPerSecond() {
        return searchRequestsPerSecond;
    }

    public void setSearchRequestsPerSecond(double searchRequestsPerSecond) {
        this.searchRequestsPerSecond = searchRequestsPerSecond;
    }

    public double getRequestsPerSecond() {
        return requestsPerSecond;
    }

    public void setRequestsPerSecond(double requestsPerSecond) {
        this.requestsPerSecond = requestsPerSecond;
    }

    public boolean isAssociatedContacts() {
        return associatedContacts;
    }

    public void setAssociatedContacts(boolean associatedContacts) {
        this.associatedContacts = associatedContacts;
    }

    public String getStartDate() {
        return startDate;
    }

    public void setStartDate(String startDate) {
        this.startDate = startDate;
    }

    public long getIndexLag() {
        return indexLag;
    }

    public void setIndexLag(long indexLag) {
        this.indexLag = indexLag;
    }

    public int getMaxPagesPerPoll() {
        return maxPagesPerPoll;
    }

    public void setMaxPagesPerPoll(int maxPagesPerPoll) {
        this.maxPagesPerPoll = maxPagesPerPoll;
    }

    public int getSearchResultLimit() {
        return searchResultLimit;
    }

    public void setSearchResultLimit(int searchResultLimit) {
        this.searchResultLimit = searchResultLimit;
    }

    public CheckpointStore getCheckpointStore() {
        return checkpointStore;
    }

    public void setCheckpointStore(CheckpointStore checkpointStore) {
        this.checkpointStore = checkpointStore;
    }

    public HubSpotOperation getOperation() {
        return operation;
    }

    public void setOperation(HubSpotOperation operation) {
        this.operation = operation;
    }

    public int getMaxAttempts() {
        return maxAttempts;
    }

    public void setMaxAttempts(int maxAttempts) {
        this.maxAttempts = maxAttempts;
    }

    public long getInitialRetryDelay() {
        return initialRetryDelay;
    }

    public void setInitialRetryDelay(long initialRetryDelay) {
        this.initialRetryDelay = initialRetryDelay;
    }

    public long getMaxRetryDelay() {
        return maxRetryDelay;
    }

    public void setMaxRetryDelay(long maxRetryDelay) {
        this.maxRetryDelay = maxRetryDelay;
    }

    public long getRetryTimeout() {
        return retryTimeout;
    }

    public void setRetryTimeout(long retryTimeout) {
        this.retryTimeout = retryTimeout;
    }

    public long getConnectTimeout() {
        return connectTimeout;
    }

    public void setConnectTimeout(long connectTimeout) {
        this.connectTimeout = connectTimeout;
    }

    public long getRequestTimeout() {
        return requestTimeout;
    }

    public void setRequestTimeout(long requestTimeout) {
        this.requestTimeout = requestTimeout;
    }

    /** @return a copy, so one endpoint's options never change another's */
    public HubSpotConfiguration copy() {
        try {
            return (HubSpotConfiguration) clone();
        } catch (CloneNotSupportedException e) {
            throw new RuntimeCamelException(e);
        }
    }

    /** Never prints the token. */
    @Override
    public String toString() {
        return "HubSpotConfiguration[" + objectType + " at " + baseUrl + ", instance " + instanceName + "]";
    }
}
