package io.journeymap.identity.internal.matching;

import static io.journeymap.identity.internal.matching.BlockingKeys.compose;
import static io.journeymap.identity.internal.matching.BlockingKeys.digits;
import static io.journeymap.identity.internal.matching.BlockingKeys.prefix;
import static io.journeymap.identity.internal.matching.BlockingKeys.text;

import java.util.List;

/**
 * The default comparison schema and blocking passes for person records with the usual identity
 * fields. Any field may be absent from a source: a field absent everywhere is always missing and
 * so never weighs in.
 */
public final class PersonMatching {

    public static final String GIVEN_NAME = "given_name";
    public static final String SURNAME = "surname";
    public static final String STREET_NUMBER = "street_number";
    public static final String ADDRESS_1 = "address_1";
    public static final String ADDRESS_2 = "address_2";
    public static final String SUBURB = "suburb";
    public static final String POSTCODE = "postcode";
    public static final String STATE = "state";
    public static final String DATE_OF_BIRTH = "date_of_birth";
    public static final String PHONE = "phone";
    public static final String EMAIL = "email";
    public static final String SOC_SEC_ID = "soc_sec_id";

    private PersonMatching() {
    }

    /**
     * Names and address lines by Jaro-Winkler (exact, at least 0.92, at least 0.8, different: the
     * first band is a typo or two, the second a misspelling or a variant); numbers by edit distance;
     * the national id allows two edits since it is long enough for two typos still to be rare
     * between different people; phones through libphonenumber.
     *
     * @param phoneRegion region assumed for phone numbers without a country code, {@code "ZZ"} if unknown
     */
    public static RecordComparator comparator(String phoneRegion) {
        return new RecordComparator(List.of(
                new ComparedField(GIVEN_NAME, new JaroWinklerComparator(0.92, 0.8)),
                new ComparedField(SURNAME, new JaroWinklerComparator(0.92, 0.8)),
                new ComparedField(STREET_NUMBER, new DigitsComparator(1)),
                new ComparedField(ADDRESS_1, new JaroWinklerComparator(0.92, 0.8)),
                new ComparedField(ADDRESS_2, new JaroWinklerComparator(0.92, 0.8)),
                new ComparedField(SUBURB, new JaroWinklerComparator(0.92, 0.8)),
                new ComparedField(POSTCODE, new DigitsComparator(1)),
                new ComparedField(STATE, new ExactComparator()),
                new ComparedField(DATE_OF_BIRTH, new DateComparator()),
                new ComparedField(PHONE, new PhoneNumberComparator(phoneRegion)),
                new ComparedField(EMAIL, new ExactComparator()),
                new ComparedField(SOC_SEC_ID, new DigitsComparator(2))));
    }

    /**
     * Passes that each need a different pair of fields to be right, so that a true pair is lost
     * only if every pass has a typo or a gap in one of its fields. Prefixes of names rather than
     * whole names because typos cluster later in a word; the date of birth alone is too coarse in
     * real data (default dates), so it is paired with an initial.
     */
    public static List<BlockingPass> blockingPasses() {
        return List.of(
                new BlockingPass("national-id", digits(SOC_SEC_ID)),
                new BlockingPass("phone", digits(PHONE)),
                new BlockingPass("email", text(EMAIL)),
                new BlockingPass("dob+surname-initial", compose(digits(DATE_OF_BIRTH), prefix(SURNAME, 1))),
                new BlockingPass("dob+given-initial", compose(digits(DATE_OF_BIRTH), prefix(GIVEN_NAME, 1))),
                new BlockingPass("surname+postcode", compose(prefix(SURNAME, 3), digits(POSTCODE))),
                new BlockingPass("given+surname", compose(prefix(GIVEN_NAME, 3), prefix(SURNAME, 3))),
                new BlockingPass("given+postcode", compose(prefix(GIVEN_NAME, 3), digits(POSTCODE))),
                new BlockingPass("postcode+street-number", compose(digits(POSTCODE), digits(STREET_NUMBER))));
    }

    /** A matcher builder with this schema and these passes; thresholds and one-to-one still to choose. */
    public static FellegiSunterMatcher.Builder matcher(String phoneRegion) {
        return FellegiSunterMatcher.builder()
                .setComparator(comparator(phoneRegion))
                .setBlocker(new Blocker(blockingPasses()));
    }
}
