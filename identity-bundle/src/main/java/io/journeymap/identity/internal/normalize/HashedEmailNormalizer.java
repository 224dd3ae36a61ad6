package io.journeymap.identity.internal.normalize;

/** SHA-256 hex digests of normalised email addresses, as CRMs and ad platforms exchange them. */
final class HashedEmailNormalizer implements ValueNormalizer {

    static final String SHA256_HEX = "sha256-hex";
    static final String HASH_OF_EMPTY = "hash-of-empty";

    /**
     * SHA-256 of the empty string: what a tag or export sends when it hashes a missing email. Admitting it
     * would merge every such visitor into one person.
     */
    static final String EMPTY_STRING_SHA256 = "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855";

    @Override
    public Outcome normalize(String raw) {
        String hex = Text.lower(Text.clean(raw));
        if (hex.length() != 64 || !hex.chars().allMatch(c -> Text.isAsciiDigit((char) c) || (c >= 'a' && c <= 'f'))) {
            return Outcome.rejected(SHA256_HEX);
        }
        return EMPTY_STRING_SHA256.equals(hex) ? Outcome.rejected(HASH_OF_EMPTY) : Outcome.accepted(hex);
    }
}
