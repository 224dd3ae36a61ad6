/**
 * The living journey map: how events become touchpoints (the {@link io.journeymap.api.journey.Taxonomy}),
 * and what the map answers ({@link io.journeymap.api.journey.JourneyMap}): transitions, paths, the
 * funnel, timing, entry points, friction, changes as they emerge, and touchpoint influence.
 */
package io.journeymap.api.journey;
