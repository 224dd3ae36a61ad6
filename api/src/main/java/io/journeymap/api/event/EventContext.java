package io.journeymap.api.event;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.Map;

/**
 * Where and how an event happened.
 *
 * @param channel   the channel: {@code web}, {@code mobile}, {@code server}, {@code email}, {@code crm} …
 * @param campaign  campaign attribution, if any
 * @param page      the page the event happened on (url, path, referrer, title, search)
 * @param userAgent the user agent
 * @param ip        the client IP address
 * @param locale    the locale, e.g. {@code en-GB}
 * @param timezone  the IANA time zone, e.g. {@code Europe/Berlin}
 * @param consent   consent signals carried by the event
 * @param other     every other context field the source sent (device, os, app, library …), kept as is
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record EventContext(
        String channel,
        Campaign campaign,
        Map<String, Object> page,
        String userAgent,
        String ip,
        String locale,
        String timezone,
        ConsentSignals consent,
        Map<String, Object> other) {

    /** Maps are never null, so a context survives a JSON round trip unchanged. */
    public EventContext {
        page = page == null ? Map.of() : page;
        other = other == null ? Map.of() : other;
    }

    /** @return a context with nothing set */
    public static EventContext empty() {
        return new EventContext(null, null, Map.of(), null, null, null, null, null, Map.of());
    }
}
