package io.journeymap.identity.internal.normalize;

import java.util.regex.Pattern;

/**
 * Mobile advertising ids (IDFA, GAID), lower-cased: iOS reports IDFAs upper-case, Android GAIDs lower-case,
 * and ad networks pass either through.
 */
final class AdvertisingIdNormalizer implements ValueNormalizer {

    static final String UUID = "uuid";
    static final String OPTED_OUT = "opted-out";

    private static final Pattern UUID_FORM =
            Pattern.compile("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");

    /** What iOS (tracking not authorised) and Android (ad personalisation opted out) return instead of an id. */
    private static final String ZERO_UUID = "00000000-0000-0000-0000-000000000000";

    @Override
    public Outcome normalize(String raw) {
        String id = Text.lower(Text.clean(raw));
        if (!UUID_FORM.matcher(id).matches()) {
            return Outcome.rejected(UUID);
        }
        return ZERO_UUID.equals(id) ? Outcome.rejected(OPTED_OUT) : Outcome.accepted(id);
    }
}
