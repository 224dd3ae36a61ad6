package io.journeymap.connector.salesforce.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.journeymap.connector.common.FailureKind;
import java.net.ConnectException;
import java.util.List;
import org.apache.camel.component.salesforce.api.SalesforceException;
import org.apache.camel.component.salesforce.api.dto.RestError;
import org.junit.jupiter.api.Test;

class SalesforceFailuresTest {

    @Test
    void limitsServerErrorsAndLostConnectionsAreRetriable() {
        assertThat(SalesforceFailures.kind(error(403, "REQUEST_LIMIT_EXCEEDED"))).isEqualTo(FailureKind.RETRIABLE);
        assertThat(SalesforceFailures.kind(error(503, "REQUEST_LIMIT_EXCEEDED"))).isEqualTo(FailureKind.RETRIABLE);
        assertThat(SalesforceFailures.kind(error(429, "REQUEST_LIMIT_EXCEEDED"))).isEqualTo(FailureKind.RETRIABLE);
        assertThat(SalesforceFailures.kind(error(500, "UNKNOWN_EXCEPTION"))).isEqualTo(FailureKind.RETRIABLE);
        assertThat(SalesforceFailures.kind(new SalesforceException("Unexpected error", new ConnectException("refused"))))
                .isEqualTo(FailureKind.RETRIABLE);
    }

    @Test
    void badQueriesMissingRightsAndDeadCredentialsArePermanent() {
        assertThat(SalesforceFailures.kind(error(400, "MALFORMED_QUERY"))).isEqualTo(FailureKind.PERMANENT);
        assertThat(SalesforceFailures.kind(error(403, "INSUFFICIENT_ACCESS"))).isEqualTo(FailureKind.PERMANENT);
        assertThat(SalesforceFailures.kind(error(401, "INVALID_SESSION_ID"))).isEqualTo(FailureKind.PERMANENT);
    }

    @Test
    void theDescriptionNamesStatusAndCodesOnly() {
        assertThat(SalesforceFailures.describe(error(400, "INVALID_FIELD"))).isEqualTo("HTTP 400 INVALID_FIELD");
    }

    private static SalesforceException error(int status, String code) {
        return new SalesforceException(List.of(new RestError(code, "a message that may quote a value")), status);
    }
}
