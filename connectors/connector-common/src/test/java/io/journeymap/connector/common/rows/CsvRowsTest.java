package io.journeymap.connector.common.rows;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class CsvRowsTest {

    private static List<SourceRow> rows(CsvRows csv) {
        List<SourceRow> out = new ArrayList<>();
        csv.forEachRemaining(out::add);
        return out;
    }

    @Test
    void quotedFieldsKeepDelimitersQuotesAndLineBreaksAndLinesCountFromTheFile() {
        CsvRows csv = new CsvRows(new StringReader("\uFEFFName,Notes,Email\r\n"
                + "Ann,\"said \"\"hi\"\", left\",ann@example.com\r\n"
                + "Bob,\"two\nlines\",bob@example.com\r\n"
                + "Cy,plain,cy@example.com\r\n"), ',');
        List<SourceRow> rows = rows(csv);
        assertThat(rows).extracting(SourceRow::line).containsExactly(2L, 3L, 5L);
        assertThat(rows.get(0).text("notes")).isEqualTo("said \"hi\", left");
        assertThat(rows.get(1).text("NOTES")).isEqualTo("two\nlines");
        assertThat(rows.get(2).text("email")).isEqualTo("cy@example.com");
        assertThat(rows.get(0).text("missing")).isNull();
        assertThat(rows.get(0).raw()).isEqualTo("Ann,\"said \"\"hi\"\", left\",ann@example.com");
    }

    @Test
    void googleAdsParameterLinesBeforeTheHeaderAreReadAsParameters() {
        CsvRows csv = new CsvRows(new StringReader("Parameters:TimeZone=+0100\n"
                + "Google Click ID,Conversion Name,Conversion Time\nabc,Purchase,2026-11-20 14:03:00\n"), ',');
        assertThat(csv.parameters()).containsEntry("timezone", "+0100");
        assertThat(csv.hasColumn("google click id")).isTrue();
        assertThat(rows(csv).get(0).text("Conversion Name")).isEqualTo("Purchase");
    }

    @Test
    void aRowWithTheWrongNumberOfFieldsIsMalformedAndTheNextStillReads() {
        CsvRows csv = new CsvRows(new StringReader("a;b\n1;2;3\n\n4;5\n"), ';');
        List<SourceRow> rows = rows(csv);
        assertThat(rows).hasSize(2);
        assertThat(rows.get(0).malformed()).get().extracting(v -> v.rule()).isEqualTo("column-count");
        assertThat(rows.get(1).malformed()).isEmpty();
        assertThat(rows.get(1).line()).isEqualTo(4);
    }

    @Test
    void anEmptyFileHasNoRows() {
        assertThat(new CsvRows(new StringReader(""), ',').hasNext()).isFalse();
    }
}
