/** Reading consent signals from events: Segment consent, TCF, GPC, CRM and email opt-outs, and the event's region. */
package io.journeymap.consent.internal.signal;
