package io.journeymap.connector.hubspot.internal;

/** What a {@code hubspot:} producer does with the exchange. */
public enum HubSpotOperation {
    /**
     * Updates one object: {@code PATCH /crm/v3/objects/{objectType}/{id}}. The id comes from the
     * {@link HubSpotConstants#OBJECT_ID} header; the body is a map of properties (or
     * {@code {"properties": {...}}}). With {@link HubSpotConstants#ID_PROPERTY} (e.g. {@code email})
     * the id is that property's value instead of the record id.
     */
    update,
    /**
     * Updates many objects: {@code POST /crm/v3/objects/{objectType}/batch/update}, in requests of at
     * most 100 inputs. The body is a list of {@code {"id": ..., "properties": {...}}} maps, or a map
     * from id to properties.
     */
    batchUpdate
}
