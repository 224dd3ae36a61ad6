package io.journeymap.identity.internal.graph;

import io.journeymap.identity.internal.matching.PersonMatching;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The matching fields of a person, read from Segment's reserved traits: {@code firstName},
 * {@code lastName}, {@code birthday}, {@code phone}, {@code email} and {@code address} (street,
 * city, postalCode, state). A leading house number is split off the street, because numbers and
 * street names disagree in different ways.
 */
final class PersonTraits {

    private PersonTraits() {
    }

    /** @return the non-blank matching fields, empty when the traits name none */
    static Map<String, String> from(Map<String, Object> traits) {
        Map<String, String> out = new LinkedHashMap<>();
        if (traits == null || traits.isEmpty()) {
            return out;
        }
        put(out, PersonMatching.GIVEN_NAME, traits.get("firstName"));
        put(out, PersonMatching.SURNAME, traits.get("lastName"));
        put(out, PersonMatching.PHONE, traits.get("phone"));
        put(out, PersonMatching.EMAIL, traits.get("email"));
        Object birthday = traits.get("birthday");
        if (birthday != null) {
            String digits = birthday.toString().replaceAll("[^0-9]", "");
            // ISO dates and timestamps start with yyyy-MM-dd
            put(out, PersonMatching.DATE_OF_BIRTH, digits.length() >= 8 ? digits.substring(0, 8) : null);
        }
        if (traits.get("address") instanceof Map<?, ?> address) {
            Object street = address.get("street");
            if (street != null) {
                String s = street.toString().trim();
                String number = s.replaceFirst("^(\\d+)\\s+.*$", "$1");
                if (!number.equals(s)) {
                    put(out, PersonMatching.STREET_NUMBER, number);
                    s = s.substring(number.length()).trim();
                }
                put(out, PersonMatching.ADDRESS_1, s);
            }
            put(out, PersonMatching.SUBURB, address.get("city"));
            put(out, PersonMatching.POSTCODE, address.get("postalCode"));
            put(out, PersonMatching.STATE, address.get("state"));
        }
        return out;
    }

    /** Longer values are not names, streets or dates; they are dropped rather than stored or compared. */
    static final int MAX_VALUE_LENGTH = 200;

    private static void put(Map<String, String> out, String field, Object value) {
        if (value != null && !value.toString().isBlank() && value.toString().length() <= MAX_VALUE_LENGTH) {
            out.put(field, value.toString().trim().toLowerCase(java.util.Locale.ROOT));
        }
    }
}
