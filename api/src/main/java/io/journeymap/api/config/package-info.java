/** Validation of bundle configuration: a bad value fails activation with a message naming its key. */
package io.journeymap.api.config;
