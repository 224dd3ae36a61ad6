package io.journeymap.journey.internal.map;

import java.util.List;
import java.util.Map;

/**
 * The taxonomy every installation starts with: touchpoint types for the events our connectors
 * produce (Segment's semantic events for web and e-commerce, email events, ads clicks, CRM and
 * support records, offline files) and the default stages. Configured rules come first, so any of
 * these can be overridden.
 */
final class DefaultTaxonomy {

    static final List<String> STAGES = List.of("awareness", "consideration", "intent", "purchase", "retention");

    /** Ads landings first: a page reached from a paid click is an ads touchpoint. */
    static final List<String> RULES = List.of(
            "type=page & url~gclid= -> ads:search_click",
            "type=page & url~msclkid= -> ads:search_click",
            "type=page & url~fbclid= -> ads:social_click",
            "type=page & medium=cpc -> ads:search_click",
            "type=page & medium=ppc -> ads:search_click",
            "type=page & medium=paid_search -> ads:search_click",
            "type=page & medium=paid_social -> ads:social_click",
            "type=page & medium=display -> ads:display_click",
            "type=page & medium=email -> email:click",
            "event=Ad Clicked -> ads:click",
            "event=Ad Conversion -> ads:conversion",
            "type=page & page=/pricing* -> web:pricing",
            "type=page & page=/product* -> web:product",
            "type=page & page=/blog* -> web:content",
            "type=page & page=/docs* -> web:content",
            "type=page & page=/demo* -> web:demo_request",
            "type=page & page=/signup* -> web:signup",
            "type=page & page=/checkout* -> web:checkout",
            "type=page & page=/ -> web:home",
            "type=page -> web:page",
            "type=screen -> app:screen",
            "event=Signed Up -> web:signup",
            "event=Demo Requested -> web:demo_request",
            "event=Trial Started -> web:trial",
            "event=Product Viewed -> web:product",
            "event=Product Added -> web:cart",
            "event=Checkout Started -> web:checkout",
            "event=Order Completed -> web:order_completed",
            "event=Subscription Cancelled -> web:churn",
            "event=Email Sent -> email:sent",
            "event=Email Delivered -> email:delivered",
            "event=Email Opened -> email:open",
            "event=Email Link Clicked -> email:click",
            "event=Email Bounced -> email:bounce",
            "event=Email Unsubscribed -> email:unsubscribe",
            "event=Unsubscribed -> email:unsubscribe",
            "event=Email Marked as Spam -> email:spam_report",
            "event=Email Replied -> email:reply",
            "event=Lead Created -> crm:lead_created",
            "event=Contact Created -> crm:contact_created",
            "event=Opportunity Created -> crm:opportunity_created",
            "event=Deal Created -> crm:opportunity_created",
            "event=Opportunity Stage Changed & property.stage~won -> crm:opportunity_won",
            "event=Opportunity Stage Changed & property.stage~lost -> crm:opportunity_lost",
            "event=Deal Stage Changed & property.dealstage~won -> crm:opportunity_won",
            "event=Deal Stage Changed & property.dealstage~lost -> crm:opportunity_lost",
            "event=Opportunity Stage Changed -> crm:opportunity_stage",
            "event=Deal Stage Changed -> crm:opportunity_stage",
            "event=Opportunity Won -> crm:opportunity_won",
            "event=Opportunity Lost -> crm:opportunity_lost",
            "event=Call Logged -> crm:call",
            "event=Meeting Logged -> crm:meeting",
            "event=Event Logged -> crm:meeting",
            "event=Task Created -> crm:task",
            "event=Task Completed -> crm:task",
            "event=Note Added -> crm:note",
            "event=Campaign Member Added -> crm:campaign_member",
            "event=Case Created -> support:ticket",
            "event=Ticket Created -> support:ticket",
            "event=Ticket Updated -> support:ticket_update",
            "event=Ticket Solved -> support:ticket_solved",
            "event=Conversation Started -> support:chat",
            "event=Chat Message -> support:chat",
            "event=Conversation Replied -> support:chat",
            "event=Store Visit -> offline:store_visit",
            "event=Call Center Call -> offline:call",
            "event=Event Attended -> offline:event");

    /** Types by stage; {@code channel:*} covers a whole channel. Unlisted types are awareness. */
    static final Map<String, List<String>> STAGE_TYPES = Map.of(
            "awareness", List.of("ads:*", "web:home", "web:page", "web:content", "app:screen", "email:sent",
                    "email:delivered", "crm:campaign_member", "offline:event"),
            "consideration", List.of("web:pricing", "web:product", "email:open", "email:click", "email:reply",
                    "support:*", "crm:contact_created", "crm:call", "crm:meeting", "crm:note", "crm:task",
                    "offline:store_visit", "offline:call"),
            "intent", List.of("web:signup", "web:demo_request", "web:trial", "web:cart", "web:checkout",
                    "crm:lead_created", "crm:opportunity_created", "crm:opportunity_stage"),
            "purchase", List.of("web:order_completed", "crm:opportunity_won", "ads:conversion"),
            "retention", List.of());

    static final List<String> CONVERSIONS = List.of("web:order_completed", "crm:opportunity_won");

    static final List<String> LOSSES = List.of("crm:opportunity_lost", "web:churn");

    private DefaultTaxonomy() {
    }
}
