package io.journeymap.connector.common;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PlainTextTest {

    @Test
    void tagsGoParagraphsBecomeLinesAndEntitiesAreDecoded() {
        assertThat(PlainText.of("<p>Hi! I can&#39;t find <b>export</b>.</p><p>Settings &gt; Export &amp; more&#x21;</p>"))
                .isEqualTo("Hi! I can't find export.\nSettings > Export & more!");
    }

    @Test
    void plainTextIsOnlyTrimmedAndNullStaysNull() {
        assertThat(PlainText.of("  just text ")).isEqualTo("just text");
        assertThat(PlainText.of(null)).isNull();
    }

    @Test
    void anEscapedEntityIsDecodedOnceNotTwice() {
        assertThat(PlainText.of("a &amp;lt; b")).isEqualTo("a &lt; b");
    }
}
