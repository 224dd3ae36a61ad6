package io.journeymap.identity.internal.graph;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.SQLException;
import org.junit.jupiter.api.Test;

class IdentityStoreExceptionTest {

    @Test
    void dataAndConstraintErrorsKeepOnlyTheirStateBecauseDriversQuoteTheValues() {
        SQLException tooLong = new SQLException("Value too long for column \"FIELDS\": \"'{\"email\":\"ann@example.com\"", "22001");

        IdentityStoreException e = IdentityStoreException.of("identity resolution failed", tooLong);

        assertThat(e).hasMessage("identity resolution failed (SQLState 22001)").hasNoCause();
        assertThat(IdentityStoreException.isTransient(tooLong)).isFalse();
    }

    @Test
    void otherErrorsKeepTheirCauseAndRacesAreTransient() {
        SQLException deadlock = new SQLException("deadlock detected", "40P01");

        assertThat(IdentityStoreException.of("x", deadlock)).hasCause(deadlock);
        assertThat(IdentityStoreException.isTransient(deadlock)).isTrue();
        assertThat(IdentityStoreException.isTransient(new SQLException("duplicate key", "23505"))).isTrue();
        assertThat(IdentityStoreException.isTransient(new SQLException("connection refused", "08001"))).isFalse();
    }
}
