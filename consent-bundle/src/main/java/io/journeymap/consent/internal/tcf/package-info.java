/** IAB TCF v2.2 TC string decoding, per the published "Consent string and vendor list formats" spec. */
package io.journeymap.consent.internal.tcf;
