/** What the identity graph holds about a person, for export and erasure. */
package io.journeymap.identity.internal.privacy;
