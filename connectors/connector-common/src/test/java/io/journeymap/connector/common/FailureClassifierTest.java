package io.journeymap.connector.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ConnectException;
import java.net.SocketTimeoutException;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpTimeoutException;
import javax.net.ssl.SSLHandshakeException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class FailureClassifierTest {

    @ParameterizedTest
    @ValueSource(ints = {408, 425, 429, 500, 502, 503, 504, 599})
    void rateLimitsTimeoutsAndServerErrorsAreRetriable(int status) {
        assertThat(FailureClassifier.ofStatus(status)).isEqualTo(FailureKind.RETRIABLE);
    }

    @ParameterizedTest
    @ValueSource(ints = {400, 401, 403, 404, 409, 413, 415, 422})
    void otherClientErrorsArePermanent(int status) {
        assertThat(FailureClassifier.ofStatus(status)).isEqualTo(FailureKind.PERMANENT);
    }

    @Test
    void timeoutsAndConnectionErrorsAreRetriable() {
        assertThat(FailureClassifier.ofException(new HttpTimeoutException("t"))).isEqualTo(FailureKind.RETRIABLE);
        assertThat(FailureClassifier.ofException(new HttpConnectTimeoutException("t"))).isEqualTo(FailureKind.RETRIABLE);
        assertThat(FailureClassifier.ofException(new ConnectException("refused"))).isEqualTo(FailureKind.RETRIABLE);
        assertThat(FailureClassifier.ofException(new SocketTimeoutException())).isEqualTo(FailureKind.RETRIABLE);
        assertThat(FailureClassifier.ofException(new IOException("connection reset"))).isEqualTo(FailureKind.RETRIABLE);
    }

    @Test
    void aWrappedConnectionErrorIsStillRetriable() {
        assertThat(FailureClassifier.isRetriable(new UncheckedIOException(new ConnectException("refused")))).isTrue();
    }

    @Test
    void anHttpCallExceptionKeepsItsKindWhereverItIsWrapped() {
        HttpCallException permanent = new HttpCallException("400", 400, FailureKind.PERMANENT, 1, null, null, null);
        assertThat(FailureClassifier.ofException(new RuntimeException(permanent))).isEqualTo(FailureKind.PERMANENT);
    }

    @Test
    void bugsAndBadCertificatesArePermanent() {
        assertThat(FailureClassifier.ofException(new IllegalArgumentException())).isEqualTo(FailureKind.PERMANENT);
        assertThat(FailureClassifier.ofException(new SSLHandshakeException("untrusted"))).isEqualTo(FailureKind.PERMANENT);
    }
}
