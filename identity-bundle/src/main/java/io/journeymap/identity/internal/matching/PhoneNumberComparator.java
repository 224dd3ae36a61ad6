package io.journeymap.identity.internal.matching;

import com.google.i18n.phonenumbers.NumberParseException;
import com.google.i18n.phonenumbers.PhoneNumberUtil;
import com.google.i18n.phonenumbers.Phonenumber.PhoneNumber;

/**
 * Compares phone numbers after libphonenumber has put them in E.164 form, so that
 * {@code 0412 345 678} and {@code +61 412 345 678} are the same number; then as
 * {@link DigitsComparator} with one edit as the near miss. A number libphonenumber cannot parse
 * is compared on its digits.
 */
public final class PhoneNumberComparator implements FieldComparator {

    private static final PhoneNumberUtil PHONE_NUMBERS = PhoneNumberUtil.getInstance();

    private final String defaultRegion;
    private final DigitsComparator digits = new DigitsComparator(1);

    /**
     * @param defaultRegion ISO 3166 region assumed for numbers written without a country code, e.g.
     *                      {@code "AU"}; {@code "ZZ"} when unknown (only international numbers parse)
     */
    public PhoneNumberComparator(String defaultRegion) {
        this.defaultRegion = defaultRegion;
    }

    @Override
    public int levelCount() {
        return digits.levelCount();
    }

    @Override
    public String levelName(int level) {
        return digits.levelName(level);
    }

    @Override
    public String normalise(String raw) {
        if (raw == null || raw.isBlank()) {
            return null;
        }
        try {
            PhoneNumber number = PHONE_NUMBERS.parse(raw, defaultRegion);
            if (PHONE_NUMBERS.isPossibleNumber(number)) {
                return PHONE_NUMBERS.format(number, PhoneNumberUtil.PhoneNumberFormat.E164).substring(1);
            }
        } catch (NumberParseException notAPhoneNumber) {
            // fall through: the digits are still worth comparing
        }
        return Normalise.digits(raw);
    }

    @Override
    public int compareDifferent(String left, String right) {
        return digits.compareDifferent(left, right);
    }
}
