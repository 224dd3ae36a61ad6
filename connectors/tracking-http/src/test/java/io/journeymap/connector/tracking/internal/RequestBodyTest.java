package io.journeymap.connector.tracking.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;

class RequestBodyTest {

    private static byte[] gzip(byte[] raw) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (GZIPOutputStream gz = new GZIPOutputStream(out)) {
            gz.write(raw);
        }
        return out.toByteArray();
    }

    @Test
    void gzipBodyIsInflated() throws Exception {
        assertThat(RequestBody.read(gzip("{}".getBytes()), "gzip", 10)).isEqualTo("{}".getBytes());
    }

    @Test
    void smallGzipThatInflatesPastTheLimitIs413() throws Exception {
        byte[] bomb = gzip(new byte[1_000_000]);
        assertThat(bomb.length).isLessThan(5_000);
        assertThatThrownBy(() -> RequestBody.read(bomb, "gzip", 500 * 1024))
                .isInstanceOfSatisfying(TrackingRejection.class, r -> assertThat(r.status()).isEqualTo(413));
    }

    @Test
    void corruptGzipIs400AndUnknownEncodingIs415() {
        assertThatThrownBy(() -> RequestBody.read(new byte[] {1, 2, 3}, "gzip", 10))
                .isInstanceOfSatisfying(TrackingRejection.class, r -> assertThat(r.status()).isEqualTo(400));
        assertThatThrownBy(() -> RequestBody.read(new byte[] {1}, "br", 10))
                .isInstanceOfSatisfying(TrackingRejection.class, r -> assertThat(r.status()).isEqualTo(415));
    }

    @Test
    void plainBodyOverTheLimitIs413() {
        assertThatThrownBy(() -> RequestBody.read(new byte[11], null, 10))
                .isInstanceOfSatisfying(TrackingRejection.class, r -> assertThat(r.status()).isEqualTo(413));
    }
}
