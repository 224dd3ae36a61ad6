package io.journeymap.connector.salesforce.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.Set;
import org.junit.jupiter.api.Test;

class WatermarkTest {

    private static final Instant T = Instant.parse("2024-03-05T14:07:31.250Z");

    @Test
    void recordsAtTheBoundaryAreDeliveredOnlyWhenListed() {
        Watermark w = Watermark.startingAt(Instant.EPOCH).after(T, "a").after(T, "b");
        assertThat(w.delivered(T, "a")).isTrue();
        assertThat(w.delivered(T, "c")).isFalse();
        assertThat(w.delivered(T.minusMillis(1), "z")).isTrue();
        assertThat(w.delivered(T.plusMillis(1), "a")).isFalse();
        assertThat(w.after(T.plusMillis(1), "c")).isEqualTo(new Watermark(T.plusMillis(1), Set.of("c")));
    }

    @Test
    void itSurvivesItsStoredForm() {
        Watermark w = new Watermark(T, Set.of("00QDn000000000aMAA", "00QDn000000000bMAA"));
        assertThat(Watermark.fromJson(w.toJson())).isEqualTo(w);
    }

    @Test
    void soqlLiteralsAreWholeSecondsInUtc() {
        assertThat(SalesforceTimes.soqlLiteral(T)).isEqualTo("2024-03-05T14:07:31Z");
        assertThat(SalesforceTimes.parse("2024-03-05T14:07:31.250+0000")).isEqualTo(T);
        assertThat(SalesforceTimes.parse("2024-03-05T15:07:31.250+01:00")).isEqualTo(T);
        assertThat(SalesforceTimes.parse("not a date")).isNull();
    }
}
