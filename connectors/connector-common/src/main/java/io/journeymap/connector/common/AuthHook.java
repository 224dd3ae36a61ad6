package io.journeymap.connector.common;

import java.io.IOException;

/**
 * Supplies the {@code Authorization} header. On a 401 the client calls {@link #refresh()} and
 * retries once: an expired OAuth token gets replaced, a wrong static token fails fast.
 */
public interface AuthHook {

    /**
     * @return the header value for the next request, e.g. {@code Bearer pat-na1-…}
     * @throws IOException when no credentials can be had
     */
    String authorization() throws IOException;

    /**
     * The server refused the current credentials: fetch new ones before the one retry.
     *
     * @throws IOException when no new credentials can be had
     */
    void refresh() throws IOException;
}
