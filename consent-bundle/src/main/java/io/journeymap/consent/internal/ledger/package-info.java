/** The consent ledger, the enforcement audit log and the suppression list, in the journey store. */
package io.journeymap.consent.internal.ledger;
