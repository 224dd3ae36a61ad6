/**
 * What every SaaS connector needs the same way, written once: a JSON-over-HTTP client
 * ({@link io.journeymap.connector.common.JsonHttpClient}) with an auth hook, retries with backoff and
 * jitter, Retry-After, client-side rate limits and rate-limit headers; the one place that decides
 * whether a failure is retriable ({@link io.journeymap.connector.common.FailureClassifier}); webhook
 * signature helpers; and checkpoints for incremental sync (in memory for tests, durable in the product).
 */
package io.journeymap.connector.common;
