package io.journeymap.identity.internal.normalize;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class AdvertisingIdNormalizerTest {

    private final AdvertisingIdNormalizer normalizer = new AdvertisingIdNormalizer();

    @Test
    void upperCaseIdfaIsLowerCasedToJoinTheSameIdFromAnAdNetwork() {
        assertThat(normalizer.normalize(" 6D92078A-8246-4BA4-AE5B-76104861E7DC "))
                .isEqualTo(normalizer.normalize("6d92078a-8246-4ba4-ae5b-76104861e7dc"))
                .isEqualTo(Outcome.accepted("6d92078a-8246-4ba4-ae5b-76104861e7dc"));
    }

    @Test
    void allZeroIdOfAUserWhoLimitedAdTrackingIsRefused() {
        assertThat(normalizer.normalize("00000000-0000-0000-0000-000000000000")).isEqualTo(Outcome.rejected("opted-out"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "not-a-uuid", "6d92078a82464ba4ae5b76104861e7dc", "{6d92078a-8246-4ba4-ae5b-76104861e7dc}",
            "6d92078a-8246-4ba4-ae5b-76104861e7dg", "6d92078a-8246-4ba4-ae5b-76104861e7d"})
    void valueThatIsNoUuidBreaksTheUuidRule(String value) {
        assertThat(normalizer.normalize(value)).isEqualTo(Outcome.rejected("uuid"));
    }
}
