package io.journeymap.consent.internal.tcf;

/** A publisher restriction's 2-bit RestrictionType, in the spec's code order. */
public enum RestrictionType {
    /** 0: the purpose is flatly not allowed for the listed vendors, whatever they declared. */
    NOT_ALLOWED,
    /** 1: the vendors must rely on consent (when they declared the purpose flexible). */
    REQUIRE_CONSENT,
    /** 2: the vendors must rely on legitimate interest (when they declared the purpose flexible). */
    REQUIRE_LEGITIMATE_INTEREST,
    /** 3: reserved by the spec ("not used"); decoded rather than rejected so a string stays readable. */
    UNDEFINED;

    private static final RestrictionType[] BY_CODE = values();

    /** The type's 2-bit code in a TC string. */
    public int code() {
        return ordinal();
    }

    /**
     * The type of a 2-bit code.
     *
     * @throws IllegalArgumentException for a code outside 0..3
     */
    public static RestrictionType fromCode(int code) {
        if (code < 0 || code >= BY_CODE.length) {
            throw new IllegalArgumentException("RestrictionType codes are 0..3, not " + code);
        }
        return BY_CODE[code];
    }
}
