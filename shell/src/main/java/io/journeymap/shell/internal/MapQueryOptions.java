package io.journeymap.shell.internal;

import io.journeymap.api.journey.JourneyMap;
import io.journeymap.api.journey.MapQuery;
import io.journeymap.api.journey.MapStatus;
import java.time.Clock;
import java.time.ZoneOffset;
import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;

/** The options every journey-map command takes: a range of days and a segment. */
abstract class MapQueryOptions implements Action {

    @Reference
    protected JourneyMap map;

    @Option(name = "--from", description = "First day, YYYY-MM-DD (default: 30 days before --to)")
    private String from;

    @Option(name = "--to", description = "Last day, YYYY-MM-DD (default: the map's current day)")
    private String to;

    @Option(name = "--segment", description = "dimension=value, e.g. country=de (default: every journey)")
    private String segment;

    /** @return the query the options describe; the map's watermark day when --to is not given */
    protected MapQuery query() {
        MapStatus status = map.status();
        return MapQuery.parse(from, to, segment, (status.watermark() == null ? Clock.systemUTC().instant()
                : status.watermark()).atZone(ZoneOffset.UTC).toLocalDate());
    }

    static String seconds(Double s) {
        if (s == null) {
            return "";
        }
        if (s < 120) {
            return String.format("%.0fs", s);
        }
        if (s < 7200) {
            return String.format("%.1fm", s / 60);
        }
        if (s < 172_800) {
            return String.format("%.1fh", s / 3600);
        }
        return String.format("%.1fd", s / 86_400);
    }

    static String percent(double p) {
        return String.format("%.1f%%", p * 100);
    }
}
