package io.journeymap.consent.internal.tcf;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Random;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Throws every kind of input at the decoder and asserts the one promise it makes about any input: a
 * TcString or a TcStringException, never another exception, a hang or a message quoting the input.
 * Seeded, so a failure repeats.
 */
class TcStringDecoderFuzzTest {

    private static final String BASE64URL = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";

    private static final String PUNCTUATION = ".=+/ \t\n%\u0000";

    /** Valid strings to cut and flip: the published examples and some built ones. */
    private static final List<String> VALID = valid();

    private final Random random = new Random(0x7CF_2_2L);
    private int accepted;
    private int rejected;

    @Test
    @Timeout(20)
    void anyInputGivesATcStringOrATcStringException() {
        int cases = 0;
        for (int i = 0; i < 5_000; i++, cases++) {
            check(randomText());
        }
        for (int i = 0; i < 5_000; i++, cases++) {
            check(randomBase64Url());
        }
        for (String tcString : VALID) {
            for (int end = 0; end <= tcString.length(); end++, cases++) {
                check(tcString.substring(0, end));
            }
        }
        for (int i = 0; i < 6_000; i++, cases++) {
            check(flipBits(VALID.get(random.nextInt(VALID.size()))));
        }
        for (int i = 0; i < 1_000; i++, cases++) {
            check(spliceSegments());
        }

        assertThat(cases).isGreaterThanOrEqualTo(20_000);
        // The mix reaches deep into strings, not only the early failures.
        assertThat(accepted).isGreaterThan(1_000);
        assertThat(rejected).isGreaterThan(10_000);
    }

    @Test
    @Timeout(10)
    void largestInputsDecodeQuickly() {
        // Vendors 1, 3, 5, ... 65535 as a bitfield: the most ranges one section can make.
        int[] odd = IntStream.iterate(1, id -> id <= VendorSet.MAX_ID, id -> id + 2).toArray();
        String alternating = new TcStringBuilder().vendorEncoding(TcStringBuilder.VendorEncoding.BITFIELD)
                .vendorConsents(odd).build();
        // As many publisher restrictions over every vendor id as fit the length limit.
        TcStringBuilder flood = new TcStringBuilder();
        for (int i = 0; i < 1_800; i++) {
            flood.publisherRestrictionRangeEntries(1 + i % 24, RestrictionType.NOT_ALLOWED, new int[] {1, VendorSet.MAX_ID});
        }
        String restrictions = flood.build();

        assertThat(alternating.length()).isLessThanOrEqualTo(TcStringDecoder.MAX_CHARS);
        assertThat(restrictions.length()).isLessThanOrEqualTo(TcStringDecoder.MAX_CHARS);
        long start = System.nanoTime();
        for (int i = 0; i < 20; i++) {
            assertThat(TcStringDecoder.decode(alternating).vendorConsents().size()).isEqualTo(odd.length);
            assertThat(TcStringDecoder.decode(restrictions).restriction(24, VendorSet.MAX_ID)).isPresent();
        }
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(5));
    }

    private void check(String input) {
        try {
            TcString decoded = TcStringDecoder.decode(input);
            assertThat(decoded).isNotNull();
            accepted++;
        } catch (TcStringException e) {
            rejected++;
            assertDoesNotQuote(e.getMessage(), input);
        } catch (Throwable other) {
            fail("decoding " + describe(input) + " threw " + other, other);
        }
    }

    /** Messages are built from field names and numbers: a piece of the input in one is an echo. */
    private static void assertDoesNotQuote(String message, String input) {
        assertThat(message).hasSizeLessThan(300);
        if (input == null || input.length() < 12) {
            return;
        }
        for (int at = 0; at + 12 <= input.length(); at += 12) {
            String piece = input.substring(at, at + 12);
            if (message.contains(piece)) {
                fail("the message \"" + message + "\" quotes the input " + describe(input));
            }
        }
    }

    private String randomText() {
        int length = random.nextInt(50) == 0 ? 16_000 + random.nextInt(800) : random.nextInt(300);
        StringBuilder text = new StringBuilder(length);
        for (int i = 0; i < length; i++) {
            text.append(switch (random.nextInt(6)) {
                case 0 -> (char) random.nextInt(0x10000); // any UTF-16 unit, lone surrogates included
                case 1 -> PUNCTUATION.charAt(random.nextInt(PUNCTUATION.length()));
                default -> BASE64URL.charAt(random.nextInt(64));
            });
        }
        return text.toString();
    }

    /** Base64url segments, the first usually starting with 'C' (version 2) so decoding goes past the version. */
    private String randomBase64Url() {
        int segments = 1 + random.nextInt(4);
        StringBuilder text = new StringBuilder();
        for (int s = 0; s < segments; s++) {
            if (s > 0) {
                text.append('.');
            }
            int length = s == 0 ? 30 + random.nextInt(200) : random.nextInt(60);
            for (int i = 0; i < length; i++) {
                text.append(BASE64URL.charAt(random.nextInt(64)));
            }
            if (s == 0 && random.nextInt(4) != 0) {
                text.setCharAt(0, 'C');
            }
        }
        return text.toString();
    }

    /** A valid string with a few bits flipped in one segment, re-encoded so that it stays base64url. */
    private String flipBits(String tcString) {
        String[] segments = tcString.split("\\.");
        int target = random.nextInt(segments.length);
        String segment = segments[target];
        boolean padded = segment.endsWith("=");
        byte[] bytes = Base64.getUrlDecoder().decode(segment);
        int flips = 1 + random.nextInt(4);
        for (int i = 0; i < flips; i++) {
            int bit = random.nextInt(bytes.length * 8);
            bytes[bit / 8] ^= (byte) (0x80 >>> (bit % 8));
        }
        Base64.Encoder encoder = padded ? Base64.getUrlEncoder() : Base64.getUrlEncoder().withoutPadding();
        segments[target] = encoder.encodeToString(bytes);
        return String.join(".", segments);
    }

    /** A core followed by segments taken from other valid strings, repeated or reordered at random. */
    private String spliceSegments() {
        List<String> parts = new ArrayList<>();
        parts.add(VALID.get(random.nextInt(VALID.size())).split("\\.")[0]);
        int more = random.nextInt(4);
        for (int i = 0; i < more; i++) {
            String[] donor = VALID.get(random.nextInt(VALID.size())).split("\\.");
            parts.add(donor[random.nextInt(donor.length)]);
        }
        return String.join(".", parts);
    }

    private static List<String> valid() {
        List<String> strings = new ArrayList<>(TcfExamples.ACCEPTED);
        Random random = new Random(42);
        for (int i = 0; i < 10; i++) {
            strings.add(TcStringDecoderTest.randomBuilder(random).build());
        }
        return List.copyOf(strings);
    }

    private static String describe(String input) {
        return input == null ? "null" : "\"" + (input.length() > 500 ? input.substring(0, 500) + "..." : input) + "\"";
    }
}
