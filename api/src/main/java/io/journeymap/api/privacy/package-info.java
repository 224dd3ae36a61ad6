/**
 * Data-subject requests: export everything held about a person, and erase it. Every bundle that
 * stores personal data registers a {@link io.journeymap.api.privacy.PersonalDataStore}; the
 * privacy service runs a request over all of them, so a new store cannot be forgotten.
 */
package io.journeymap.api.privacy;
