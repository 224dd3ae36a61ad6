package io.journeymap.connector.salesforce.internal;

import io.journeymap.api.event.Identifier;
import io.journeymap.api.event.IdentifierType;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The identifiers one record knows of its person, each once, tidied the way Salesforce's free-text
 * fields need: emails trimmed and lower-cased, phones stripped of formatting and extensions (identity
 * resolution then makes them E.164 with its default region).
 */
final class PersonIdentifiers {

    /** Salesforce's key prefixes (the first three characters of every id) for leads and contacts. */
    private static final String LEAD_PREFIX = "00Q";
    private static final String CONTACT_PREFIX = "003";
    /** Fewer digits than this is no phone number (a placeholder such as "n/a" or "0"). */
    private static final int MIN_PHONE_DIGITS = 5;

    private final List<Identifier> ids = new ArrayList<>();

    PersonIdentifiers lead(String id) {
        return add(IdentifierType.SALESFORCE_LEAD_ID, id);
    }

    PersonIdentifiers contact(String id) {
        return add(IdentifierType.SALESFORCE_CONTACT_ID, id);
    }

    /** A WhoId names a lead or a contact; the key prefix says which. Anything else is no person. */
    PersonIdentifiers who(String whoId) {
        if (whoId != null && whoId.startsWith(LEAD_PREFIX)) {
            return lead(whoId);
        }
        return whoId != null && whoId.startsWith(CONTACT_PREFIX) ? contact(whoId) : this;
    }

    PersonIdentifiers email(String email) {
        return email == null ? this : add(IdentifierType.EMAIL, email.trim().toLowerCase(Locale.ROOT));
    }

    PersonIdentifiers phone(String phone) {
        return add(IdentifierType.PHONE, normalisePhone(phone));
    }

    List<Identifier> list() {
        return List.copyOf(ids);
    }

    boolean isEmpty() {
        return ids.isEmpty();
    }

    /**
     * @param phone a phone field as typed, e.g. {@code (415) 555-1212 x12}
     * @return {@code +} (when typed) and the digits before any extension, e.g. {@code 4155551212}; null
     *     when fewer than five digits remain
     */
    static String normalisePhone(String phone) {
        if (phone == null) {
            return null;
        }
        String p = phone.trim().toLowerCase(Locale.ROOT);
        int ext = indexOfExtension(p);
        if (ext >= 0) {
            p = p.substring(0, ext);
        }
        StringBuilder out = new StringBuilder();
        if (p.startsWith("+")) {
            out.append('+');
        }
        p.chars().filter(Character::isDigit).forEach(c -> out.append((char) c));
        long digits = out.chars().filter(Character::isDigit).count();
        return digits < MIN_PHONE_DIGITS ? null : out.toString();
    }

    private static int indexOfExtension(String p) {
        for (String marker : List.of("ext", "x", "#")) {
            int i = p.indexOf(marker);
            if (i > 0) {
                return i;
            }
        }
        return -1;
    }

    private PersonIdentifiers add(IdentifierType type, String value) {
        if (value != null && !value.isBlank()) {
            Identifier i = Identifier.of(type, value);
            if (!ids.contains(i)) {
                ids.add(i);
            }
        }
        return this;
    }
}
