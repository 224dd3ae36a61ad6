package io.journeymap.identity.internal.normalize;

import java.util.Set;
import java.util.regex.Pattern;

/**
 * Ids whose structure only their issuer knows (user, anonymous, device and cookie ids): trimmed, case kept
 * (the issuer may treat "Ab1" and "ab1" as different people), and placeholder values refused.
 */
final class OpaqueIdNormalizer implements ValueNormalizer {

    static final String PLACEHOLDER_VALUE = "placeholder-value";

    /**
     * Values that SDKs, templates and forms send when the real id is missing. Each one would merge every
     * visitor that sent it into one person, the costliest identity-resolution failure. Compared in lower case.
     */
    private static final Set<String> PLACEHOLDERS = Set.of(
            // how missing values print in JavaScript, Python, Ruby, Objective-C (nil, NSNull), SQL exports
            "null", "(null)", "<null>", "undefined", "nan", "none", "(none)", "nil", "[object object]",
            // form and CRM fillers
            "n/a", "na", "unknown", "anonymous", "guest",
            // numeric sentinel
            "-1");

    /** "0", "-", "000000", the all-zero UUID: Segment's recommended "zeroes and dashes" blocked values. */
    private static final Pattern ZEROES_AND_DASHES = Pattern.compile("[0-]+");

    @Override
    public Outcome normalize(String raw) {
        String id = Text.clean(raw);
        if (id.isEmpty() || PLACEHOLDERS.contains(Text.lower(id)) || ZEROES_AND_DASHES.matcher(id).matches()) {
            return Outcome.rejected(PLACEHOLDER_VALUE);
        }
        return Outcome.accepted(id);
    }
}
