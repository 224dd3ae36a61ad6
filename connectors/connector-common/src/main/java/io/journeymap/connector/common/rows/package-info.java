/**
 * Importing files of records (CSV, JSON lines) the same way in every connector that reads a drop
 * folder: streamed records with line numbers, chunked writes through the ingest path, a dead-letter
 * file next to the input, and message ids that make a re-read harmless.
 */
package io.journeymap.connector.common.rows;
