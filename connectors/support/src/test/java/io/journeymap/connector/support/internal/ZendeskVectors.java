package io.journeymap.connector.support.internal;

/** Signatures computed outside Java with openssl, so the tests do not check the code against itself. */
final class ZendeskVectors {

    /** {@code printf '%s%s' 2025-11-28T09:12:01Z '{}' | openssl dgst -sha256 -hmac secret -binary | base64} */
    static final String SECRET_TS_EMPTY_OBJECT = "ffo33b0ROLA/CkKroxdnXj7MU88rC5issn9XIuu8uLI=";

    /** {@code printf '%s' '{}' | openssl dgst -sha1 -hmac secret}, with Intercom's prefix */
    static final String INTERCOM_SECRET_EMPTY_OBJECT = "sha1=5d61605c3feea9799210ddcb71307d4ba264225f";

    private ZendeskVectors() {
    }
}
