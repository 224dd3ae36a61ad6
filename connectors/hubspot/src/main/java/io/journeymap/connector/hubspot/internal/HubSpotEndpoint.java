package io.journeymap.connector.hubspot.internal;

import io.journeymap.api.config.InvalidConfigurationException;
import io.journeymap.connector.common.CheckpointStore;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.apache.camel.Category;
import org.apache.camel.Consumer;
import org.apache.camel.Processor;
import org.apache.camel.Producer;
import org.apache.camel.spi.UriEndpoint;
import org.apache.camel.spi.UriParam;
import org.apache.camel.support.ScheduledPollEndpoint;

/**
 * A HubSpot object type: {@code hubspot:contacts?accessToken=…}. The consumer polls on the
 * scheduled-poll options ({@code delay}, {@code initialDelay}, …, default every 500 ms); consumer and
 * producer share one client, so they share its rate limits.
 */
@UriEndpoint(firstVersion = "0.1.0", scheme = "hubspot", title = "HubSpot CRM", syntax = "hubspot:objectType",
        category = {Category.SAAS, Category.API}, headersClass = HubSpotConstants.class)
public class HubSpotEndpoint extends ScheduledPollEndpoint {

    @UriParam
    private final HubSpotConfiguration configuration;

    private HubSpotObjectType objectType;
    private volatile HubSpotClient client;

    HubSpotEndpoint(String uri, HubSpotComponent component, HubSpotConfiguration configuration) {
        super(uri, component);
        this.configuration = configuration;
    }

    @Override
    public HubSpotComponent getComponent() {
        return (HubSpotComponent) super.getComponent();
    }

    @Override
    public Producer createProducer() {
        if (configuration.getOperation() == null) {
            throw new InvalidConfigurationException("operation", "a hubspot producer needs operation=update or "
                    + "operation=batchUpdate");
        }
        return new HubSpotProducer(this);
    }

    @Override
    public Consumer createConsumer(Processor processor) throws Exception {
        HubSpotConsumer consumer = new HubSpotConsumer(this, processor);
        configureConsumer(consumer);
        return consumer;
    }

    @Override
    protected void doInit() throws Exception {
        super.doInit();
        objectType = HubSpotObjectType.fromPath(configuration.getObjectType()).orElseThrow(() ->
                new InvalidConfigurationException("objectType", "must be one of contacts, companies, deals, emails, "
                        + "calls, meetings, notes, tasks"));
        if ((configuration.getAccessToken() == null || configuration.getAccessToken().isBlank())
                && configuration.getTokenSupplier() == null) {
            throw new InvalidConfigurationException("accessToken", "an access token (or a tokenSupplier) is required");
        }
        if (configuration.getPageSize() < 1 || configuration.getPageSize() > HubSpotClient.MAX_BATCH_INPUTS) {
            throw new InvalidConfigurationException("pageSize", "must be between 1 and 100");
        }
        if (!(configuration.getSearchRequestsPerSecond() > 0) || !(configuration.getRequestsPerSecond() > 0)) {
            throw new InvalidConfigurationException("searchRequestsPerSecond", "rates must be more than 0");
        }
        if (configuration.getInstanceName() == null || !configuration.getInstanceName().matches("[A-Za-z0-9_.-]{1,64}")) {
            throw new InvalidConfigurationException("instanceName", "must be 1 to 64 letters, digits, '_', '.' or '-'");
        }
    }

    /** @return the client, created on first use so an endpoint that is never started opens nothing */
    HubSpotClient client() {
        HubSpotClient c = client;
        if (c == null) {
            synchronized (this) {
                if (client == null) {
                    client = HubSpotClient.create(configuration);
                }
                c = client;
            }
        }
        return c;
    }

    HubSpotConfiguration getConfiguration() {
        return configuration;
    }

    HubSpotObjectType objectType() {
        return objectType;
    }

    CheckpointStore checkpointStore() {
        return configuration.getCheckpointStore() != null ? configuration.getCheckpointStore()
                : getComponent().getCheckpointStore();
    }

    /** @return the key of this endpoint's checkpoint: {@code hubspot/<instance>/<objectType>} */
    String checkpointKey() {
        return HubSpotRecordMapper.CONNECTOR + "/" + configuration.getInstanceName() + "/" + objectType.path();
    }

    /** @return the configured properties, or the type's defaults; always with the modified-date property */
    List<String> properties() {
        String configured = configuration.getProperties();
        Set<String> props = new LinkedHashSet<>(configured == null || configured.isBlank()
                ? objectType.defaultProperties()
                : Arrays.stream(configured.split(",")).map(String::trim).filter(s -> !s.isEmpty()).toList());
        props.add(objectType.modifiedProperty());
        return new ArrayList<>(props);
    }
}
