package io.journeymap.identity.internal.normalize;

/** HubSpot contact ids (record ids, positive integers), written without leading zeros. */
final class HubSpotContactIdNormalizer implements ValueNormalizer {

    static final String DIGITS = "digits";
    static final String ZERO = "zero";

    @Override
    public Outcome normalize(String raw) {
        String id = Text.clean(raw);
        // ASCII only: Character.isDigit would also admit e.g. Arabic-Indic digits, which HubSpot never emits.
        if (id.isEmpty() || !id.chars().allMatch(c -> Text.isAsciiDigit((char) c))) {
            return Outcome.rejected(DIGITS);
        }
        int first = 0;
        while (first < id.length() && id.charAt(first) == '0') {
            first++;
        }
        // Zero-padded exports ("000123") must join the API's "123"; an all-zero id is a placeholder.
        return first == id.length() ? Outcome.rejected(ZERO) : Outcome.accepted(id.substring(first));
    }
}
