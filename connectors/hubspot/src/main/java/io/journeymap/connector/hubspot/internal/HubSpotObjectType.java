package io.journeymap.connector.hubspot.internal;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The CRM objects and engagements the connector syncs, with what differs between them: the
 * property that holds the last modification (contacts still use the legacy {@code lastmodifieddate},
 * every other object {@code hs_lastmodifieddate}) and the properties requested by default.
 */
public enum HubSpotObjectType {
    /** People. */
    CONTACTS("lastmodifieddate", List.of("email", "hs_additional_emails", "firstname", "lastname", "phone",
            "mobilephone", "company", "jobtitle", "lifecyclestage", "hs_email_optout", "city", "state", "country",
            "zip", "createdate", "lastmodifieddate", "hs_object_id")),
    /** Organisations; their events go to each associated contact. */
    COMPANIES("hs_lastmodifieddate", List.of("name", "domain", "industry", "numberofemployees", "city", "country",
            "lifecyclestage", "createdate", "hs_lastmodifieddate", "hs_object_id")),
    /** Opportunities; a stage change is the touchpoint. */
    DEALS("hs_lastmodifieddate", List.of("dealname", "dealstage", "pipeline", "amount", "closedate",
            "hs_v2_date_entered_current_stage", "createdate", "hs_lastmodifieddate", "hs_object_id")),
    /** Logged emails. */
    EMAILS("hs_lastmodifieddate", List.of("hs_timestamp", "hs_email_direction", "hs_email_status", "hs_email_subject",
            "hs_email_text", "hs_createdate", "hs_lastmodifieddate", "hs_object_id")),
    /** Logged calls. */
    CALLS("hs_lastmodifieddate", List.of("hs_timestamp", "hs_call_title", "hs_call_body", "hs_call_direction",
            "hs_call_disposition", "hs_call_duration", "hs_call_status", "hs_createdate", "hs_lastmodifieddate",
            "hs_object_id")),
    /** Logged meetings. */
    MEETINGS("hs_lastmodifieddate", List.of("hs_timestamp", "hs_meeting_title", "hs_meeting_body",
            "hs_meeting_start_time", "hs_meeting_end_time", "hs_meeting_outcome", "hs_meeting_location",
            "hs_createdate", "hs_lastmodifieddate", "hs_object_id")),
    /** Notes. */
    NOTES("hs_lastmodifieddate", List.of("hs_timestamp", "hs_note_body", "hs_createdate", "hs_lastmodifieddate",
            "hs_object_id")),
    /** Tasks. */
    TASKS("hs_lastmodifieddate", List.of("hs_timestamp", "hs_task_subject", "hs_task_body", "hs_task_status",
            "hs_task_priority", "hs_task_type", "hs_createdate", "hs_lastmodifieddate", "hs_object_id"));

    private final String modifiedProperty;
    private final List<String> defaultProperties;

    HubSpotObjectType(String modifiedProperty, List<String> defaultProperties) {
        this.modifiedProperty = modifiedProperty;
        this.defaultProperties = defaultProperties;
    }

    /** @return the path segment and URI name, e.g. {@code contacts} */
    public String path() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** @return the property holding the last modification, for the search filter and sort */
    public String modifiedProperty() {
        return modifiedProperty;
    }

    /** @return the properties requested when the endpoint names none */
    public List<String> defaultProperties() {
        return defaultProperties;
    }

    /** @return whether this is a person (its events carry its own identifiers) */
    public boolean isContact() {
        return this == CONTACTS;
    }

    /**
     * @param name e.g. {@code contacts}, any case
     * @return the type, or empty when not supported
     */
    public static Optional<HubSpotObjectType> fromPath(String name) {
        for (HubSpotObjectType t : values()) {
            if (t.path().equalsIgnoreCase(name == null ? "" : name.trim())) {
                return Optional.of(t);
            }
        }
        return Optional.empty();
    }
}
