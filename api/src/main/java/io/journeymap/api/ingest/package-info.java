/** The one write path into journeymap, shared by every connector. */
package io.journeymap.api.ingest;
