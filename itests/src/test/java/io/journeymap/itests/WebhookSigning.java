package io.journeymap.itests;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.Signature;
import java.security.spec.ECGenParameterSpec;
import java.util.Base64;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/** How the webhook senders sign their deliveries, played from outside the container. */
final class WebhookSigning {

    private WebhookSigning() {
    }

    /** A P-256 key pair, as SendGrid holds for its Signed Event Webhook. */
    static KeyPair ecKeyPair() {
        try {
            KeyPairGenerator g = KeyPairGenerator.getInstance("EC");
            g.initialize(new ECGenParameterSpec("secp256r1"));
            return g.generateKeyPair();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    /** SendGrid: base64 DER ECDSA over the timestamp header value followed by the raw body. */
    static String ecdsa(KeyPair pair, String timestamp, byte[] body) throws GeneralSecurityException {
        Signature s = Signature.getInstance("SHA256withECDSA");
        s.initSign(pair.getPrivate());
        s.update(timestamp.getBytes(StandardCharsets.UTF_8));
        s.update(body);
        return Base64.getEncoder().encodeToString(s.sign());
    }

    static byte[] hmac(String algorithm, String secret, byte[] message) throws GeneralSecurityException {
        Mac mac = Mac.getInstance(algorithm);
        mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), algorithm));
        return mac.doFinal(message);
    }

    static byte[] concat(byte[] a, byte[] b) {
        byte[] all = new byte[a.length + b.length];
        System.arraycopy(a, 0, all, 0, a.length);
        System.arraycopy(b, 0, all, a.length, b.length);
        return all;
    }
}
