package io.journeymap.identity.internal.normalize;

import io.journeymap.api.event.Identifier;
import io.journeymap.api.event.IdentifierType;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Brings identifiers to one canonical form per type before they enter the identity graph, so that
 * identifiers which normalise equal join the same person, and refuses values that would join strangers.
 * Immutable and thread-safe; never logs values.
 *
 * <p>Rejection rules are {@code <wire name>:<rule>}:
 * <ul>
 * <li>{@code email:format}</li>
 * <li>{@code phone:unparseable}, {@code phone:invalid}</li>
 * <li>{@code hashed_email:sha256-hex}, {@code hashed_email:hash-of-empty}</li>
 * <li>{@code salesforce_lead_id:} / {@code salesforce_contact_id:} {@code length}, {@code alphanumeric},
 *     {@code checksum}, {@code key-prefix}</li>
 * <li>{@code hubspot_contact_id:digits}, {@code hubspot_contact_id:zero}</li>
 * <li>{@code advertising_id:uuid}, {@code advertising_id:opted-out}</li>
 * <li>{@code user_id:}, {@code anonymous_id:}, {@code device_id:}, {@code cookie_id:}, {@code zendesk_user_id:},
 *     {@code intercom_contact_id:}
 *     {@code placeholder-value}</li>
 * <li>{@code gclid:}, {@code gbraid:}, {@code wbraid:}, {@code fbclid:}, {@code msclkid:} {@code placeholder-value},
 *     {@code token}</li>
 * </ul>
 */
public final class IdentifierNormalizer {

    private final Map<IdentifierType, ValueNormalizer> normalizers = new EnumMap<>(IdentifierType.class);

    /** @param rules the deployment's normalisation rules */
    public IdentifierNormalizer(NormalizationRules rules) {
        Objects.requireNonNull(rules, "rules");
        ValueNormalizer opaque = new OpaqueIdNormalizer();
        ValueNormalizer clickIds = new ClickIdNormalizer();
        for (IdentifierType type : IdentifierType.values()) {
            // A switch expression without default: a new IdentifierType does not compile until it has a rule.
            normalizers.put(type, switch (type) {
                case EMAIL -> new EmailNormalizer(rules);
                case PHONE -> new PhoneNormalizer(rules);
                case HASHED_EMAIL -> new HashedEmailNormalizer();
                case SALESFORCE_LEAD_ID -> SalesforceIdNormalizer.lead();
                case SALESFORCE_CONTACT_ID -> SalesforceIdNormalizer.contact();
                case HUBSPOT_CONTACT_ID -> new HubSpotContactIdNormalizer();
                case ADVERTISING_ID -> new AdvertisingIdNormalizer();
                case USER_ID, ANONYMOUS_ID, DEVICE_ID, COOKIE_ID, ZENDESK_USER_ID, INTERCOM_CONTACT_ID -> opaque;
                case GCLID, GBRAID, WBRAID, FBCLID, MSCLKID -> clickIds;
            });
        }
    }

    /**
     * Normalised, de-duplicated identifiers in input order. An {@code EMAIL} also yields the
     * {@code HASHED_EMAIL} of its normalised form, so a hashed email sent by an ad platform or CRM joins the
     * same person; when the address as sent (trimmed and lower-cased only, the form most platforms hash)
     * differs from the normalised one, its hash is yielded too, because that is the hash those platforms
     * will send for, say, {@code john.smith+shop@gmail.com}.
     *
     * @param raw identifiers as sent
     * @return the admitted identifiers and one rejection per refused input
     */
    public Normalized normalize(List<Identifier> raw) {
        Set<Identifier> admitted = new LinkedHashSet<>();
        List<Rejection> rejected = new ArrayList<>();
        for (Identifier identifier : raw) {
            Outcome outcome = outcome(identifier);
            if (outcome instanceof Outcome.Rejected r) {
                rejected.add(rejection(identifier.type(), r));
                continue;
            }
            String value = ((Outcome.Accepted) outcome).value();
            admitted.add(Identifier.of(identifier.type(), value));
            if (identifier.type() == IdentifierType.EMAIL) {
                admitted.add(Identifier.of(IdentifierType.HASHED_EMAIL, sha256Hex(value)));
                admitted.add(Identifier.of(IdentifierType.HASHED_EMAIL,
                        sha256Hex(EmailNormalizer.asTyped(identifier.value()))));
            }
        }
        return new Normalized(new ArrayList<>(admitted), rejected);
    }

    /**
     * Normalises one identifier, without the derived hashed email.
     *
     * @param raw an identifier as sent
     * @return the normalised identifier, or empty when it is rejected
     */
    public Optional<Identifier> normalize(Identifier raw) {
        return outcome(raw) instanceof Outcome.Accepted a
                ? Optional.of(Identifier.of(raw.type(), a.value()))
                : Optional.empty();
    }

    /**
     * @param normalisedEmail an email address as {@link #normalize} writes it
     * @return the lower-case hex SHA-256 of its UTF-8 bytes, the form CRMs and ad platforms exchange
     */
    public static String sha256Hex(String normalisedEmail) {
        try {
            MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(sha256.digest(normalisedEmail.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform must provide SHA-256", e);
        }
    }

    private Outcome outcome(Identifier identifier) {
        Objects.requireNonNull(identifier, "identifier");
        return normalizers.get(identifier.type()).normalize(identifier.value());
    }

    private static Rejection rejection(IdentifierType type, Outcome.Rejected rejected) {
        return new Rejection(type, type.wireName() + ":" + rejected.rule());
    }
}
