package io.journeymap.identity.internal.normalize;

import java.util.Map;
import java.util.Set;

/**
 * Email addresses: lower-cased, then provider aliases folded (plus tags, Gmail dots, googlemail.com) so
 * every spelling that reaches the same mailbox normalises to one address.
 */
final class EmailNormalizer implements ValueNormalizer {

    static final String FORMAT = "format";

    /** Google serves googlemail.com and gmail.com as one mailbox namespace. */
    private static final Map<String, String> DOMAIN_ALIASES = Map.of("googlemail.com", "gmail.com");

    private final Set<String> plusAddressingDomains;
    private final Set<String> dotInsensitiveDomains;

    EmailNormalizer(NormalizationRules rules) {
        this.plusAddressingDomains = rules.plusAddressingDomains();
        this.dotInsensitiveDomains = rules.dotInsensitiveDomains();
    }

    @Override
    public Outcome normalize(String raw) {
        String email = asTyped(raw);
        int at = email.indexOf('@');
        if (at <= 0 || at != email.lastIndexOf('@') || !isPlausible(email, email.substring(at + 1))) {
            return Outcome.rejected(FORMAT);
        }
        String local = email.substring(0, at);
        String domain = email.substring(at + 1);
        // Look the domain up under both names, so configuring either googlemail.com or gmail.com works.
        String canonicalDomain = DOMAIN_ALIASES.getOrDefault(domain, domain);
        if (plusAddressingDomains.contains(domain) || plusAddressingDomains.contains(canonicalDomain)) {
            int plus = local.indexOf('+');
            if (plus >= 0) {
                local = local.substring(0, plus);
            }
        }
        if (dotInsensitiveDomains.contains(domain) || dotInsensitiveDomains.contains(canonicalDomain)) {
            local = local.replace(".", "");
        }
        // "+tag@gmail.com" or "...@gmail.com" name no mailbox once the aliases are folded.
        return local.isEmpty() ? Outcome.rejected(FORMAT) : Outcome.accepted(local + "@" + canonicalDomain);
    }

    /**
     * The address trimmed and lower-cased only: the form most ad platforms and CRMs hash (Meta, for one,
     * asks for exactly this), so its hash is what they send back.
     */
    static String asTyped(String raw) {
        return Text.lower(Text.clean(raw));
    }

    /** Cheap structural checks; deliverability is not ours to judge. */
    private static boolean isPlausible(String email, String domain) {
        if (domain.isEmpty() || domain.indexOf('.') < 0 || domain.startsWith(".") || domain.endsWith(".")
                || domain.contains("..")) {
            return false;
        }
        return email.chars().noneMatch(c -> Character.isWhitespace(c) || Character.isISOControl(c));
    }
}
