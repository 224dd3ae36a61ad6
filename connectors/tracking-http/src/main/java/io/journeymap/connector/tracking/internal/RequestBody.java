package io.journeymap.connector.tracking.internal;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.zip.GZIPInputStream;

/** Reads a request body within a size limit, decompressing gzip (as several Segment SDKs send). */
final class RequestBody {

    private RequestBody() {
    }

    /**
     * @param raw             the body as received
     * @param contentEncoding the Content-Encoding header, may be null
     * @param limit           the most bytes allowed after decompression
     * @return the body's bytes
     * @throws TrackingRejection 413 when over the limit, 400 when the gzip stream is corrupt, 415 for other encodings
     */
    static byte[] read(byte[] raw, String contentEncoding, int limit) throws TrackingRejection {
        if (contentEncoding == null || contentEncoding.isBlank() || "identity".equalsIgnoreCase(contentEncoding.trim())) {
            if (raw.length > limit) {
                throw tooLarge(limit);
            }
            return raw;
        }
        if (!"gzip".equalsIgnoreCase(contentEncoding.trim())) {
            throw new TrackingRejection(415, "unsupported_encoding", "Content-Encoding must be gzip or identity");
        }
        // Inflate at most limit + 1 bytes: a small compressed body cannot make us hold a large one.
        try (InputStream in = new GZIPInputStream(new java.io.ByteArrayInputStream(raw))) {
            ByteArrayOutputStream out = new ByteArrayOutputStream(Math.min(limit, raw.length * 4));
            byte[] buf = new byte[8192];
            int n;
            while ((n = in.read(buf)) > 0) {
                if (out.size() + n > limit) {
                    throw tooLarge(limit);
                }
                out.write(buf, 0, n);
            }
            return out.toByteArray();
        } catch (IOException e) {
            throw new TrackingRejection(400, "malformed_body", "body is not a valid gzip stream");
        }
    }

    private static TrackingRejection tooLarge(int limit) {
        return new TrackingRejection(413, "payload_too_large", "body exceeds " + (limit / 1024) + " KB");
    }
}
