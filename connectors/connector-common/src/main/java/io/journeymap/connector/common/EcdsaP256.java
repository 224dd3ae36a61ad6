package io.journeymap.connector.common;

import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.PublicKey;
import java.security.Signature;
import java.security.interfaces.ECPublicKey;
import java.security.spec.X509EncodedKeySpec;
import java.util.Base64;

/**
 * ECDSA over P-256 with SHA-256, as signed webhooks use it (SendGrid's Signed Event Webhook): a
 * public key given as base64 DER SubjectPublicKeyInfo and a base64 DER signature. The JDK's own
 * provider does the work; no extra library.
 */
public final class EcdsaP256 {

    private static final int P256_FIELD_BITS = 256;

    private EcdsaP256() {
    }

    /**
     * @param base64Der the key as base64 DER SubjectPublicKeyInfo (PEM armour and whitespace are tolerated)
     * @return the key
     * @throws IllegalArgumentException when it is not base64, not an EC key, or not on a 256-bit curve
     */
    public static PublicKey publicKey(String base64Der) {
        String bare = base64Der.replace("-----BEGIN PUBLIC KEY-----", "").replace("-----END PUBLIC KEY-----", "")
                .replaceAll("\\s", "");
        byte[] der;
        try {
            der = Base64.getDecoder().decode(bare);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("not base64");
        }
        try {
            PublicKey key = KeyFactory.getInstance("EC").generatePublic(new X509EncodedKeySpec(der));
            if (!(key instanceof ECPublicKey ec) || ec.getParams().getCurve().getField().getFieldSize() != P256_FIELD_BITS) {
                throw new IllegalArgumentException("not a P-256 public key");
            }
            return key;
        } catch (GeneralSecurityException e) {
            throw new IllegalArgumentException("not a DER SubjectPublicKeyInfo EC public key");
        }
    }

    /**
     * @param key             the signer's public key
     * @param signed          the signed bytes
     * @param base64Signature the signature as base64 DER, may be null
     * @return whether the signature is valid; false for anything malformed, never an exception
     */
    public static boolean verify(PublicKey key, byte[] signed, String base64Signature) {
        if (base64Signature == null || base64Signature.isBlank()) {
            return false;
        }
        try {
            Signature verifier = Signature.getInstance("SHA256withECDSA");
            verifier.initVerify(key);
            verifier.update(signed);
            return verifier.verify(Base64.getDecoder().decode(base64Signature.trim()));
        } catch (IllegalArgumentException | GeneralSecurityException malformed) {
            return false;
        }
    }
}
