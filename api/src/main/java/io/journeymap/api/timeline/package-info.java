/** Each profile's ordered timeline of touchpoints. */
package io.journeymap.api.timeline;
