package io.journeymap.identity.internal.normalize;

import static io.journeymap.api.event.IdentifierType.ANONYMOUS_ID;
import static io.journeymap.api.event.IdentifierType.COOKIE_ID;
import static io.journeymap.api.event.IdentifierType.DEVICE_ID;
import static io.journeymap.api.event.IdentifierType.EMAIL;
import static io.journeymap.api.event.IdentifierType.HASHED_EMAIL;
import static io.journeymap.api.event.IdentifierType.PHONE;
import static io.journeymap.api.event.IdentifierType.SALESFORCE_CONTACT_ID;
import static io.journeymap.api.event.IdentifierType.USER_ID;
import static org.assertj.core.api.Assertions.assertThat;

import io.journeymap.api.event.Identifier;
import io.journeymap.api.event.IdentifierType;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class IdentifierNormalizerTest {

    /** SHA-256 digests computed outside Java. */
    private static final String JOHNSMITH_GMAIL = "3586de92bb3636d0885a12eff961429a32e4ebd764b96f50d85d016f9338d586";
    private static final String JOHN_DOT_SMITH_GMAIL = "d0c648bc36f12061bec770df216cea2ab95851b9350fd54b658de53b0407767a";
    private static final String JANE_DOE_EXAMPLE = "86e0b9e56c17cc4d12387e1949b85053fbe73bc3ce5a1188713a9d300cc6133d";

    private final IdentifierNormalizer normalizer = new IdentifierNormalizer(NormalizationRules.defaults());

    private static Identifier id(IdentifierType type, String value) {
        return Identifier.of(type, value);
    }

    @Test
    void sha256HexIsLowerCaseHexOfTheUtf8Bytes() {
        assertThat(IdentifierNormalizer.sha256Hex("abc"))
                .isEqualTo("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"); // FIPS 180-2 vector
        assertThat(IdentifierNormalizer.sha256Hex("jane.doe@example.com")).isEqualTo(JANE_DOE_EXAMPLE);
    }

    @Test
    void emailYieldsTheHashOfItsNormalisedForm() {
        Normalized result = normalizer.normalize(List.of(id(EMAIL, " Jane.Doe@Example.com ")));

        assertThat(result.identifiers()).containsExactly(id(EMAIL, "jane.doe@example.com"), id(HASHED_EMAIL, JANE_DOE_EXAMPLE));
    }

    @Test
    void hashedEmailFromACrmJoinsTheHashDerivedFromTheEmail() {
        Normalized result = normalizer.normalize(List.of(
                id(EMAIL, "Jane.Doe@Example.com"), id(HASHED_EMAIL, JANE_DOE_EXAMPLE.toUpperCase())));

        assertThat(result.identifiers()).containsExactly(id(EMAIL, "jane.doe@example.com"), id(HASHED_EMAIL, JANE_DOE_EXAMPLE));
    }

    @Test
    void aliasedEmailAlsoYieldsTheHashOfTheAddressAsTypedWhichAdPlatformsSend() {
        Normalized result = normalizer.normalize(List.of(id(EMAIL, "John.Smith@gmail.com")));

        assertThat(result.identifiers()).containsExactly(id(EMAIL, "johnsmith@gmail.com"),
                id(HASHED_EMAIL, JOHNSMITH_GMAIL), id(HASHED_EMAIL, JOHN_DOT_SMITH_GMAIL));
    }

    @Test
    void differentlyWrittenEmailsAndPhonesCollapseToOneIdentifierEach() {
        Normalized result = normalizer.normalize(List.of(
                id(PHONE, "+1 (415) 555-2671"),
                id(EMAIL, "johnsmith@gmail.com"),
                id(PHONE, "415.555.2671"),
                id(EMAIL, "john.smith+news@googlemail.com"),
                id(PHONE, "001 415 555 2671")));

        assertThat(result.identifiers()).filteredOn(i -> i.type() != HASHED_EMAIL)
                .containsExactly(id(PHONE, "+14155552671"), id(EMAIL, "johnsmith@gmail.com"));
        assertThat(result.rejected()).isEmpty();
    }

    @Test
    void identifiersKeepInputOrderAndRejectionsAreListedApart() {
        Normalized result = normalizer.normalize(List.of(
                id(ANONYMOUS_ID, "undefined"),
                id(USER_ID, " usr_42 "),
                id(PHONE, "call me"),
                id(COOKIE_ID, "ck-7f3c"),
                id(DEVICE_ID, "0")));

        assertThat(result.identifiers()).containsExactly(id(USER_ID, "usr_42"), id(COOKIE_ID, "ck-7f3c"));
        assertThat(result.rejected()).containsExactly(
                new Rejection(ANONYMOUS_ID, "anonymous_id:placeholder-value"),
                new Rejection(PHONE, "phone:unparseable"),
                new Rejection(DEVICE_ID, "device_id:placeholder-value"));
    }

    @Test
    void rejectionNamesTheTypedRuleButNeverTheValue() {
        String secret = "jane.doe.at.example.com";

        Normalized result = normalizer.normalize(List.of(id(EMAIL, secret)));

        assertThat(result.rejected()).containsExactly(new Rejection(EMAIL, "email:format"));
        assertThat(result.rejected().get(0).toString()).doesNotContain(secret);
    }

    @Test
    void salesforceRuleIsNamedAfterTheTypeItWasSentAs() {
        assertThat(normalizer.normalize(List.of(id(SALESFORCE_CONTACT_ID, "00Q8c00001Rk3Tz"))).rejected())
                .containsExactly(new Rejection(SALESFORCE_CONTACT_ID, "salesforce_contact_id:key-prefix"));
    }

    @Test
    void singleIdentifierIsNormalisedWithoutDerivedHash() {
        assertThat(normalizer.normalize(id(SALESFORCE_CONTACT_ID, "0035g00000XyZaB")))
                .contains(id(SALESFORCE_CONTACT_ID, "0035g00000XyZaBAAV"));
        assertThat(normalizer.normalize(id(EMAIL, "JohnSmith@GMAIL.com"))).contains(id(EMAIL, "johnsmith@gmail.com"));
    }

    @Test
    void singleRejectedIdentifierIsEmpty() {
        assertThat(normalizer.normalize(id(USER_ID, "null"))).isEmpty();
    }

    @ParameterizedTest
    @EnumSource(IdentifierType.class)
    void everyTypeRefusesABlankValueWithARuleOfItsOwnType(IdentifierType type) {
        assertThat(normalizer.normalize(List.of(id(type, "  "))).rejected())
                .singleElement().satisfies(r -> assertThat(r.rule()).startsWith(type.wireName() + ":"));
    }

    @Test
    void resultListsCannotBeModified() {
        Normalized result = normalizer.normalize(List.of(id(USER_ID, "u1")));

        assertThat(result.identifiers()).isUnmodifiable();
        assertThat(result.rejected()).isUnmodifiable();
    }
}
