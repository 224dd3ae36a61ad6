package io.journeymap.journey.internal.map;

import io.journeymap.journey.simulation.SimulatedJourney;
import io.journeymap.journey.simulation.SimulatedTouch;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Folds simulated journeys through the real {@link JourneyFolder}, as the updater does: every
 * touch, then the conversion (a {@code web:order_completed} touchpoint) or a drop-off.
 */
final class SimulatedMap {

    static final String CONVERSION_TYPE = "web:order_completed";

    private SimulatedMap() {
    }

    static MapDelta fold(Stream<SimulatedJourney> journeys, ConfiguredTaxonomy taxonomy, JourneyFolder folder) {
        MapDelta delta = new MapDelta();
        journeys.forEach(j -> {
            JourneyCursor cursor = new JourneyCursor(j.customerId());
            for (SimulatedTouch t : j.touches()) {
                folder.fold(cursor, taxonomy.touchpoint(t.type()), t.time().toEpochMilli(), () -> List.of("*"), delta);
            }
            if (j.converted()) {
                folder.fold(cursor, taxonomy.touchpoint(CONVERSION_TYPE), j.conversionTime().toEpochMilli(),
                        () -> List.of("*"), delta);
            } else if (cursor.open) {
                folder.dropOff(cursor, delta);
            }
        });
        return delta;
    }

    /** @return the buckets of the days in range merged */
    static DayBucket merged(MapDelta delta, LocalDate from, LocalDate to) {
        DayBucket out = new DayBucket();
        for (Map.Entry<MapDelta.BucketKey, DayBucket> e : delta.buckets().entrySet()) {
            LocalDate d = e.getKey().day();
            if (!d.isBefore(from) && !d.isAfter(to)) {
                out.merge(e.getValue());
            }
        }
        return out;
    }
}
