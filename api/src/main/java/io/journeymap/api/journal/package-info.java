/** The durable event journal: what the ingest side acknowledges is written here first. */
package io.journeymap.api.journal;
