/**
 * Purpose-based consent: the ledger of what each person granted or refused, the state derived from
 * it, and the checks that enforce it at ingest, scoring and activation.
 */
package io.journeymap.api.consent;
