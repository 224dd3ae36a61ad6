package io.journeymap.api.privacy;

import io.journeymap.api.event.Identifier;
import java.util.Map;

/** Data-subject requests (GDPR articles 15, 17 and 20; CCPA access and deletion). */
public interface PrivacyRequests {

    /**
     * @param identifier any identifier of the person
     * @return one JSON-ready document: the subject, then one section per personal-data store
     * @throws IllegalArgumentException naming the rule when the identifier is not valid
     */
    Map<String, Object> export(Identifier identifier);

    /**
     * Erases the person from every store. An identifier that arrives again afterwards starts a
     * fresh profile with no link to the past, unless {@code suppress} is set: then events carrying
     * any of the person's identifiers are dropped at ingest.
     *
     * @param identifier any identifier of the person
     * @param suppress   whether to suppress the person's identifiers from now on
     * @return what was erased
     * @throws IllegalArgumentException naming the rule when the identifier is not valid
     */
    ErasureReport erase(Identifier identifier, boolean suppress);
}
