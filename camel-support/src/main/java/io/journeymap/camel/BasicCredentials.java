package io.journeymap.camel;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Optional;

/**
 * HTTP Basic credentials from an {@code Authorization} header.
 *
 * @param user     the user (for the tracking API: the source's write key)
 * @param password the password, empty when none was sent
 */
public record BasicCredentials(String user, String password) {

    /**
     * @param authorization the header value, may be null
     * @return the credentials, or empty when the header is absent or not valid Basic
     */
    public static Optional<BasicCredentials> parse(String authorization) {
        if (authorization == null || !authorization.regionMatches(true, 0, "Basic ", 0, 6)) {
            return Optional.empty();
        }
        try {
            String decoded = new String(Base64.getDecoder().decode(authorization.substring(6).trim()), StandardCharsets.UTF_8);
            int colon = decoded.indexOf(':');
            return Optional.of(colon < 0 ? new BasicCredentials(decoded, "")
                    : new BasicCredentials(decoded.substring(0, colon), decoded.substring(colon + 1)));
        } catch (IllegalArgumentException notBase64) {
            return Optional.empty();
        }
    }

    /** Never prints the secret parts. */
    @Override
    public String toString() {
        return "BasicCredentials[***]";
    }
}
