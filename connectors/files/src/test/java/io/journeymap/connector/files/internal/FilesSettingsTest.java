package io.journeymap.connector.files.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.journeymap.api.config.InvalidConfigurationException;
import io.journeymap.api.event.IdentifierType;
import java.util.Map;
import org.junit.jupiter.api.Test;

class FilesSettingsTest {

    private static InvalidConfigurationException refused(String key, String value) {
        Map<String, Object> c = FilesFixtures.config("/tmp/drop");
        if (value == null) {
            c.remove(key);
        } else {
            c.put(key, value);
        }
        try {
            FilesSettings.of(c);
        } catch (InvalidConfigurationException e) {
            return e;
        }
        throw new AssertionError(key + "=" + value + " was accepted");
    }

    @Test
    void theShippedMappingsAreReadInNameOrderWithTheirFormats() {
        FilesSettings s = FilesSettings.of(FilesFixtures.config("/tmp/drop"));
        assertThat(s.mappings()).extracting(FileMapping::name).containsExactly("calls", "events", "store_visits");
        assertThat(s.mappings().get(0).format()).isEqualTo(FileMapping.Format.JSONL);
        assertThat(s.mappings().get(2).identifiers()).containsKeys(IdentifierType.USER_ID, IdentifierType.EMAIL,
                IdentifierType.PHONE);
        assertThat(s.antInclude()).isEqualTo("call-center*.jsonl,event-attendance*.csv,store-visits*.csv");
        assertThat(s.chunkSize()).isEqualTo(2);
    }

    @Test
    void eachBadValueIsRefusedNamingItsKey() {
        assertThat(refused("drop.dir", null).key()).isEqualTo("drop.dir");
        assertThat(refused("chunk.size", "0").key()).isEqualTo("chunk.size");
        assertThat(refused("poll.interval.ms", "soon").key()).isEqualTo("poll.interval.ms");
        assertThat(refused("mapping.calls.timezone", "Mars/Olympus").key()).isEqualTo("mapping.calls.timezone");
        assertThat(refused("mapping.calls.timestamp.format", "yyyy-MM-dd bb").key()).isEqualTo("mapping.calls.timestamp.format");
        assertThat(refused("mapping.calls.id.passport", "passport_no").key()).isEqualTo("mapping.calls.id.passport");
        assertThat(refused("mapping.calls.colum", "x").key()).isEqualTo("mapping.calls.colum");
        assertThat(refused("mapping.events.event.column", "Event Name").key()).isEqualTo("mapping.events.event");
        assertThat(refused("mapping.store_visits.delimiter", ";;").key()).isEqualTo("mapping.store_visits.delimiter");
        assertThat(refused("mapping.Bad Name.pattern", "x.csv").key()).isEqualTo("mapping.Bad Name.pattern");
    }

    @Test
    void aFormatThatCannotBeToldFromThePatternMustBeDeclared() {
        assertThat(refused("mapping.calls.pattern", "calls-*.log").key()).isEqualTo("mapping.calls.format");
    }

    @Test
    void theMessageNeverEchoesTheValue() {
        assertThat(refused("mapping.calls.timezone", "Secret/Zone").getMessage()).doesNotContain("Secret");
    }
}
