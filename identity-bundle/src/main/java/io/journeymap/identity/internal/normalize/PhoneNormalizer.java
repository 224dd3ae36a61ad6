package io.journeymap.identity.internal.normalize;

import com.google.i18n.phonenumbers.NumberParseException;
import com.google.i18n.phonenumbers.PhoneNumberUtil;
import com.google.i18n.phonenumbers.Phonenumber.PhoneNumber;

/** Phone numbers, parsed and validated by libphonenumber and written in E.164 (which drops extensions). */
final class PhoneNormalizer implements ValueNormalizer {

    static final String UNPARSEABLE = "unparseable";
    static final String INVALID = "invalid";

    private static final PhoneNumberUtil PHONE_UTIL = PhoneNumberUtil.getInstance();

    private final String defaultRegion;

    PhoneNormalizer(NormalizationRules rules) {
        this.defaultRegion = rules.defaultPhoneRegion();
    }

    @Override
    public Outcome normalize(String raw) {
        String text = Text.clean(raw);
        Outcome asWritten = parse(text, defaultRegion);
        if (asWritten instanceof Outcome.Accepted || !text.startsWith("00")) {
            return asWritten;
        }
        // libphonenumber strips only the default region's own international prefix (011 in the US), but
        // "00" is how most of the world writes it; read it as "+" when the number makes no sense otherwise.
        Outcome asInternational = parse("+" + text.substring(2), defaultRegion);
        boolean retryGotFurther = asInternational instanceof Outcome.Accepted
                || asWritten instanceof Outcome.Rejected r && UNPARSEABLE.equals(r.rule());
        return retryGotFurther ? asInternational : asWritten;
    }

    private static Outcome parse(String text, String region) {
        PhoneNumber number;
        try {
            number = PHONE_UTIL.parse(text, region);
        } catch (NumberParseException e) {
            return Outcome.rejected(UNPARSEABLE);
        }
        if (!PHONE_UTIL.isValidNumber(number)) {
            return Outcome.rejected(INVALID);
        }
        return Outcome.accepted(PHONE_UTIL.format(number, PhoneNumberUtil.PhoneNumberFormat.E164));
    }
}
