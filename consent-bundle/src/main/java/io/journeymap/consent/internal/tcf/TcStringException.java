package io.journeymap.consent.internal.tcf;

/**
 * A TC string that cannot be decoded: absent, too long, not base64url, of an unsupported version,
 * truncated, or breaking one of the spec's rules. The message names the field and the rule, for
 * example {@code tcString.PurposesConsent: the string ends at bit 152, the field needs 24 bits from
 * bit 152}; it never quotes the input, since a TC string is personal data and may be forged to
 * inject text into logs.
 */
public final class TcStringException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    private final String field;
    private final String rule;

    TcStringException(String field, String rule) {
        super(field + ": " + rule);
        this.field = field;
        this.rule = rule;
    }

    /** The field at fault, qualified by its segment, e.g. {@code disclosedVendors.MaxVendorId}. */
    public String field() {
        return field;
    }

    /** The rule the field broke, without the field's name. */
    public String rule() {
        return rule;
    }
}
