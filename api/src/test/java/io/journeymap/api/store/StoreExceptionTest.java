package io.journeymap.api.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.SQLException;
import org.junit.jupiter.api.Test;

class StoreExceptionTest {

    @Test
    void dataAndConstraintErrorsKeepOnlyTheirStateBecauseDriversQuoteTheValues() {
        SQLException tooLong = new SQLException("Value too long for column \"FIELDS\": \"'{\"email\":\"ann@example.com\"", "22001");

        StoreException e = StoreException.of("identity resolution failed", tooLong);

        assertThat(e).hasMessage("identity resolution failed (SQLState 22001)").hasNoCause();
        assertThat(StoreException.isTransient(tooLong)).isFalse();
    }

    @Test
    void otherErrorsKeepTheirCauseAndRacesAreTransient() {
        SQLException deadlock = new SQLException("deadlock detected", "40P01");

        assertThat(StoreException.of("x", deadlock)).hasCause(deadlock);
        assertThat(StoreException.isTransient(deadlock)).isTrue();
        assertThat(StoreException.isTransient(new SQLException("duplicate key", "23505"))).isTrue();
        assertThat(StoreException.isTransient(new SQLException("connection refused", "08001"))).isFalse();
    }
}
