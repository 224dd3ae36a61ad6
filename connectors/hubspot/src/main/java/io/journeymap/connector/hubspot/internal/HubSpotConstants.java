package io.journeymap.connector.hubspot.internal;

import org.apache.camel.spi.Metadata;

/** Headers the {@code hubspot:} endpoints read and set. */
public final class HubSpotConstants {

    /** Consumer: the object type of the page, e.g. {@code contacts}. */
    @Metadata(label = "consumer", javaType = "String")
    public static final String OBJECT_TYPE = "CamelHubSpotObjectType";

    /** Consumer: how many objects the page (the body) holds. */
    @Metadata(label = "consumer", javaType = "Integer")
    public static final String RECORD_COUNT = "CamelHubSpotRecordCount";

    /** Consumer: the checkpoint stored once this exchange completes (JSON). */
    @Metadata(label = "consumer", javaType = "String")
    public static final String CHECKPOINT = "CamelHubSpotCheckpoint";

    /** Consumer: the configured instance name, for the events' source. */
    @Metadata(label = "consumer", javaType = "String")
    public static final String INSTANCE = "CamelHubSpotInstance";

    /** Producer: the id of the object to update. */
    @Metadata(label = "producer", javaType = "String")
    public static final String OBJECT_ID = "CamelHubSpotObjectId";

    /** Producer: a unique property naming the object instead of its id, e.g. {@code email}. */
    @Metadata(label = "producer", javaType = "String")
    public static final String ID_PROPERTY = "CamelHubSpotIdProperty";

    /** Producer: the operation, overriding the endpoint's. */
    @Metadata(label = "producer", javaType = "String")
    public static final String OPERATION = "CamelHubSpotOperation";

    /** After mapping: the dead letters (records that broke a rule), a list of {@link HubSpotRecordMapper.DeadLetter}. */
    @Metadata(javaType = "java.util.List")
    public static final String DEAD_LETTERS = "CamelHubSpotDeadLetters";

    /** After mapping: how many records concerned no person and were passed over. */
    @Metadata(javaType = "Integer")
    public static final String SKIPPED = "CamelHubSpotSkipped";

    private HubSpotConstants() {
    }
}
