package io.journeymap.connector.salesforce.internal;

import java.util.List;
import java.util.Optional;

/**
 * The Salesforce objects the connector reads, with the standard fields it selects (Object Reference
 * for the Salesforce Platform; every one exists from API version 52.0). Id and SystemModstamp are
 * always selected: they are the sync's order and watermark.
 */
enum SalesforceObject {
    LEAD("Lead", "Email", "Phone", "MobilePhone", "FirstName", "LastName", "Company", "Title", "Status", "LeadSource",
            "Industry", "City", "State", "Country", "PostalCode", "HasOptedOutOfEmail", "DoNotCall", "IsConverted",
            "ConvertedContactId", "CreatedDate", "LastModifiedDate"),
    CONTACT("Contact", "Email", "Phone", "MobilePhone", "FirstName", "LastName", "Title", "AccountId", "LeadSource",
            "MailingCity", "MailingState", "MailingCountry", "MailingPostalCode", "HasOptedOutOfEmail", "DoNotCall",
            "CreatedDate", "LastModifiedDate"),
    OPPORTUNITY("Opportunity", "Name", "StageName", "Amount", "CloseDate", "IsClosed", "IsWon", "AccountId",
            "ContactId", "LeadSource", "Type", "LastStageChangeDate", "CreatedDate", "LastModifiedDate"),
    TASK("Task", "Subject", "Description", "Status", "Priority", "IsClosed", "ActivityDate", "CompletedDateTime",
            "TaskSubtype", "Type", "WhoId", "WhatId", "CreatedDate", "LastModifiedDate"),
    EVENT("Event", "Subject", "Description", "StartDateTime", "EndDateTime", "ActivityDateTime", "DurationInMinutes",
            "Location", "EventSubtype", "Type", "WhoId", "WhatId", "CreatedDate", "LastModifiedDate"),
    CASE("Case", "CaseNumber", "Subject", "Description", "Status", "Priority", "Origin", "Type", "Reason",
            "ContactId", "ContactEmail", "ContactPhone", "ContactMobile", "SuppliedEmail", "SuppliedPhone", "IsClosed",
            "CreatedDate", "LastModifiedDate"),
    CAMPAIGN_MEMBER("CampaignMember", "CampaignId", "Campaign.Name", "LeadId", "ContactId", "Status", "HasResponded",
            "FirstRespondedDate", "Email", "Phone", "MobilePhone", "HasOptedOutOfEmail", "CreatedDate",
            "LastModifiedDate");

    private final String apiName;
    private final List<String> fields;

    SalesforceObject(String apiName, String... fields) {
        this.apiName = apiName;
        this.fields = List.of(fields);
    }

    /** @return the object's API name, e.g. {@code CampaignMember} */
    String apiName() {
        return apiName;
    }

    /** @return every selected field, Id and SystemModstamp first */
    List<String> selectedFields() {
        return java.util.stream.Stream.concat(java.util.stream.Stream.of("Id", "SystemModstamp"), fields.stream())
                .toList();
    }

    /**
     * @param apiName an API name, any case
     * @return the object, or empty when the connector does not read it
     */
    static Optional<SalesforceObject> fromApiName(String apiName) {
        for (SalesforceObject o : values()) {
            if (o.apiName.equalsIgnoreCase(apiName == null ? "" : apiName.trim())) {
                return Optional.of(o);
            }
        }
        return Optional.empty();
    }
}
