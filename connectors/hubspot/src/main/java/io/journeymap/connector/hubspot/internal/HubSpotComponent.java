package io.journeymap.connector.hubspot.internal;

import io.journeymap.connector.common.CheckpointStore;
import io.journeymap.connector.common.InMemoryCheckpointStore;
import java.util.Map;
import org.apache.camel.Endpoint;
import org.apache.camel.spi.Metadata;
import org.apache.camel.support.DefaultComponent;

/**
 * {@code hubspot:objectType} — HubSpot's CRM as a Camel component. A consumer syncs the objects
 * modified since its checkpoint, a page per exchange; a producer updates objects. Options set on the
 * component are the defaults of every endpoint; an endpoint's URI overrides them.
 */
@org.apache.camel.spi.annotations.Component("hubspot")
public class HubSpotComponent extends DefaultComponent {

    /** The defaults for every endpoint, e.g. the access token and base URL. */
    @Metadata
    private HubSpotConfiguration configuration = new HubSpotConfiguration();

    /** Where consumers keep their sync position when the endpoint names no store. */
    @Metadata(label = "consumer,advanced")
    private CheckpointStore checkpointStore = new InMemoryCheckpointStore();

    @Override
    protected Endpoint createEndpoint(String uri, String remaining, Map<String, Object> parameters) throws Exception {
        HubSpotConfiguration conf = configuration.copy();
        conf.setObjectType(remaining);
        setProperties(conf, parameters);
        HubSpotEndpoint endpoint = new HubSpotEndpoint(uri, this, conf);
        return endpoint;
    }

    public HubSpotConfiguration getConfiguration() {
        return configuration;
    }

    public void setConfiguration(HubSpotConfiguration configuration) {
        this.configuration = configuration;
    }

    public CheckpointStore getCheckpointStore() {
        return checkpointStore;
    }

    public void setCheckpointStore(CheckpointStore checkpointStore) {
        this.checkpointStore = checkpointStore;
    }
}
