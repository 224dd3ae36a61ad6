/** Crypto-shredding: per-person keys for events on a shared log, destroyed by an erasure. */
package io.journeymap.consent.internal.shred;
