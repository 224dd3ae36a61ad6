package io.journeymap.connector.common;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpHeaders;

/**
 * A successful (2xx) response.
 *
 * @param status   the HTTP status
 * @param headers  the response headers
 * @param body     the parsed body; a missing node when the response had none (204)
 * @param attempts how many tries it took
 */
public record JsonResponse(int status, HttpHeaders headers, JsonNode body, int attempts) {
}
