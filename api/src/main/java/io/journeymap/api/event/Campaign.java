package io.journeymap.api.event;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * Campaign attribution of an event, from utm_* parameters (Segment {@code context.campaign}).
 *
 * @param name    utm_campaign
 * @param source  utm_source
 * @param medium  utm_medium
 * @param term    utm_term
 * @param content utm_content
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Campaign(String name, String source, String medium, String term, String content) {
}
