package io.journeymap.consent.internal.tcf;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TcStringBuilderTest {

    @Test
    void defaultStringIsAValidServiceSpecificStringWithoutConsents() {
        TcStringBuilder builder = new TcStringBuilder();

        TcString tc = TcStringDecoder.decode(builder.build());

        assertThat(tc).isEqualTo(builder.expected());
        assertThat(tc.serviceSpecific()).isTrue();
        assertThat(tc.purposesConsent()).isEmpty();
        assertThat(tc.vendorConsents().isEmpty()).isTrue();
        assertThat(tc.created()).isEqualTo(TcStringBuilder.DEFAULT_TIMESTAMP);
    }

    @Test
    void purposesAndVendorsSetAreTheOnlyOnesGranted() {
        TcString tc = TcStringDecoder.decode(new TcStringBuilder().purposesConsent(2, 3).vendorConsents(755).build());

        assertThat(tc.purposesConsent()).containsExactly(2, 3);
        assertThat(tc.vendorConsents().toSet()).containsExactly(755);
    }

    @Test
    void sparseVendorsAreRangeEncodedToKeepTheStringShort() {
        String smallest = new TcStringBuilder().vendorConsents(1000).build();
        String bitfield = new TcStringBuilder().vendorEncoding(TcStringBuilder.VendorEncoding.BITFIELD)
                .vendorConsents(1000).build();

        assertThat(smallest.length()).isLessThan(bitfield.length());
        assertThat(TcStringDecoder.decode(smallest)).isEqualTo(TcStringDecoder.decode(bitfield));
    }

    @Test
    void segmentsAreWrittenOnlyWhenAskedFor() {
        assertThat(new TcStringBuilder().build()).doesNotContain(".");
        assertThat(new TcStringBuilder().disclosedVendors(1).publisherPurposesConsent(1).build().split("\\."))
                .hasSize(3);
    }
}
