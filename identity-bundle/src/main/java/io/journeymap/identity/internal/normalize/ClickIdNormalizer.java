package io.journeymap.identity.internal.normalize;

import java.util.regex.Pattern;

/**
 * Ad click ids (gclid, gbraid, wbraid, fbclid, msclkid): opaque tokens the platform issued, case kept.
 * They arrive as URL parameters, so anything outside the URL-safe token alphabet means a value that was
 * cut, double-encoded or pasted with its neighbour, which would never match the platform's report.
 */
final class ClickIdNormalizer implements ValueNormalizer {

    static final String TOKEN = "token";

    private static final Pattern TOKEN_CHARS = Pattern.compile("[A-Za-z0-9_\\-.~]+");

    private final OpaqueIdNormalizer opaque = new OpaqueIdNormalizer();

    @Override
    public Outcome normalize(String raw) {
        Outcome outcome = opaque.normalize(raw);
        if (outcome instanceof Outcome.Accepted a && !TOKEN_CHARS.matcher(a.value()).matches()) {
            return Outcome.rejected(TOKEN);
        }
        return outcome;
    }
}
