package io.journeymap.consent.internal.tcf;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class VendorSetTest {

    @Test
    void containsExactlyTheIdsItWasMadeOf() {
        VendorSet vendors = VendorSet.of(755, 3, 1, 2, 2);

        assertThat(vendors.toSet()).containsExactly(1, 2, 3, 755);
        assertThat(vendors.contains(755)).isTrue();
        assertThat(vendors.contains(4)).isFalse();
        assertThat(vendors.contains(0)).isFalse();
        assertThat(vendors.contains(-1)).isFalse();
        assertThat(vendors.contains(Integer.MAX_VALUE)).isFalse();
        assertThat(vendors.size()).isEqualTo(4);
        assertThat(vendors.maxVendorId()).isEqualTo(755);
    }

    @Test
    void adjacentIdsAreKeptAsOneRange() {
        assertThat(VendorSet.of(5, 1, 2, 3, 4, 9).toString()).isEqualTo("VendorSet[1-5, 9; max 9]");
    }

    @Test
    void equalityIgnoresTheDeclaredMaxVendorId() {
        VendorSet.Ranges ranges = new VendorSet.Ranges(1);
        ranges.add(2, 3);
        VendorSet declared = ranges.toSet(500);

        assertThat(declared.maxVendorId()).isEqualTo(500);
        assertThat(declared).isEqualTo(VendorSet.of(2, 3)).hasSameHashCodeAs(VendorSet.of(2, 3));
    }

    @Test
    void emptySetHasNoVendors() {
        assertThat(VendorSet.empty().isEmpty()).isTrue();
        assertThat(VendorSet.empty().size()).isZero();
        assertThat(VendorSet.empty().maxVendorId()).isZero();
        assertThat(VendorSet.empty().stream()).isEmpty();
        assertThat(VendorSet.of()).isEqualTo(VendorSet.empty());
    }

    @Test
    void idsOutsideSixteenBitsAreRefused() {
        assertThatThrownBy(() -> VendorSet.of(0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> VendorSet.of(65536)).isInstanceOf(IllegalArgumentException.class);
    }
}
