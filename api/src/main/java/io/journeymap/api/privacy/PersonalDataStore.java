package io.journeymap.api.privacy;

import java.util.Map;

/**
 * A store that holds personal data, registered as an OSGi service by the bundle that owns it
 * (identity, journey, consent, scoring, activation …).
 */
public interface PersonalDataStore {

    /** @return the section name in an export, e.g. {@code identity} */
    String name();

    /**
     * @param subject the person
     * @return everything this store holds about them, as JSON-ready maps, lists and scalars
     */
    Map<String, Object> export(DataSubject subject);

    /**
     * Deletes everything this store holds about the person, in one transaction. What counts
     * towards aggregates is kept only as anonymous counts.
     *
     * @param subject the person
     * @return rows deleted per table
     */
    Map<String, Long> erase(DataSubject subject);
}
