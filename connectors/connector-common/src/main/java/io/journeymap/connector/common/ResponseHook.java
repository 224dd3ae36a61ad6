package io.journeymap.connector.common;

import java.net.http.HttpHeaders;

/** Sees every response (success or not) before the client acts on it, e.g. to read rate-limit headers. */
@FunctionalInterface
public interface ResponseHook {
    /**
     * @param status  the HTTP status
     * @param headers the response headers
     */
    void onResponse(int status, HttpHeaders headers);
}
