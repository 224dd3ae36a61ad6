package io.journeymap.journey.internal.map;

import com.tdunning.math.stats.TDigest;
import io.journeymap.api.journey.EntryPoint;
import io.journeymap.api.journey.Funnel;
import io.journeymap.api.journey.FunnelStage;
import io.journeymap.api.journey.JourneyChange;
import io.journeymap.api.journey.MapQuery;
import io.journeymap.api.journey.MapView;
import io.journeymap.api.journey.PathStat;
import io.journeymap.api.journey.Segment;
import io.journeymap.api.journey.TransitionStat;
import io.journeymap.journey.internal.map.Keys.Level;
import io.journeymap.journey.internal.map.Keys.StageEvent;
import io.journeymap.journey.internal.map.change.Significance;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Answers the map's questions by merging the day buckets of a range: the map itself, paths, the
 * funnel, entry points against a baseline, friction, and change detection over windows.
 */
final class MapQueries {

    private final MapStore store;
    private final List<String> stages;
    private final MapSettings settings;
    private final ChangeDetector detector;

    MapQueries(MapStore store, List<String> stages, MapSettings settings) {
        this.store = store;
        this.stages = stages;
        this.settings = settings;
        this.detector = new ChangeDetector(stages, settings.minCount());
    }

    /** Questions that read no time spans skip decoding the digests, most of a bucket's read. */
    static final java.util.function.Predicate<String> NO_DIGESTS = key -> false;
    static final java.util.function.Predicate<String> STALLS = key -> key.startsWith("stall|");

    /** @return the range merged, without digests (enough for influence) */
    DayBucket merged(MapQuery q) {
        return store.merged(q, NO_DIGESTS);
    }

    MapView map(MapQuery q) {
        DayBucket b = store.merged(q);
        Map<String, Long> touchpoints = new TreeMap<>();
        b.counts.forEach((k, v) -> {
            if (k.startsWith("tp|")) {
                touchpoints.put(k.substring(3), v);
            }
        });
        return new MapView(q, b.count(Keys.JOURNEYS), b.count(Keys.CONVERSIONS), b.count(Keys.LOSSES),
                b.count(Keys.DROP_OFFS), touchpoints, transitions(b, Level.TYPE), transitions(b, Level.CHANNEL),
                b.count(Keys.LATE));
    }

    private static List<TransitionStat> transitions(DayBucket b, Level level) {
        List<TransitionStat> out = new ArrayList<>();
        TransitionCounts.of(b, level, 1).forEach((from, row) -> {
            long total = row.values().stream().mapToLong(Long::longValue).sum();
            row.forEach((to, n) -> {
                TDigest gap = level == Level.TYPE ? b.digest(Keys.gap(from, to)) : null;
                out.add(new TransitionStat(from, to, n, (double) n / total, quantile(gap, 0.5), quantile(gap, 0.9)));
            });
        });
        out.sort(Comparator.comparing(TransitionStat::from).thenComparing(Comparator.comparingLong(TransitionStat::count).reversed()));
        return out;
    }

    List<PathStat> paths(MapQuery q, int limit) {
        DayBucket b = store.merged(q, NO_DIGESTS);
        return b.paths.entrySet().stream()
                .sorted(Comparator.comparingLong((Map.Entry<String, long[]> e) -> e.getValue()[0]).reversed()
                        .thenComparing(Map.Entry::getKey))
                .limit(limit)
                .map(e -> new PathStat(List.of(e.getKey().split(">")), e.getValue()[0], e.getValue()[1],
                        (double) e.getValue()[1] / e.getValue()[0]))
                .toList();
    }

    Funnel funnel(MapQuery q) {
        DayBucket b = store.merged(q, STALLS);
        List<FunnelStage> out = new ArrayList<>();
        for (String stage : stages) {
            long entered = b.count(StageEvent.ENTERED.key(stage));
            long progressed = b.count(StageEvent.PROGRESSED.key(stage));
            long converted = b.count(StageEvent.CONVERTED.key(stage));
            long lost = b.count(StageEvent.LOST.key(stage));
            long dropped = b.count(StageEvent.DROPPED.key(stage));
            long known = progressed + converted + lost + dropped;
            // a range counts entries and outcomes by the day they happened: a journey that entered
            // before the range can end inside it, so "open" is never below zero
            long open = Math.max(0, entered - known);
            TDigest stall = b.digest(Keys.stall(stage));
            out.add(new FunnelStage(stage, entered, progressed, converted, lost, dropped, open,
                    known == 0 ? 0 : (double) (lost + dropped) / known, quantile(stall, 0.5), quantile(stall, 0.9)));
        }
        return new Funnel(q, out);
    }

    List<EntryPoint> entryPoints(MapQuery q, int baselineDays) {
        Map<String, Long> cur = TransitionCounts.of(store.merged(q, NO_DIGESTS), Level.TYPE, 1)
                .getOrDefault(Keys.START, Map.of());
        Map<String, Long> base = TransitionCounts.of(store.merged(q.before(baselineDays), NO_DIGESTS), Level.TYPE, 1)
                .getOrDefault(Keys.START, Map.of());
        long nc = cur.values().stream().mapToLong(Long::longValue).sum();
        long nb = base.values().stream().mapToLong(Long::longValue).sum();
        List<String> types = new ArrayList<>(cur.keySet());
        double[] p = new double[types.size()];
        for (int i = 0; i < p.length; i++) {
            p[i] = Significance.twoProportionP(base.getOrDefault(types.get(i), 0L), nb, cur.get(types.get(i)), nc);
        }
        double[] qv = Significance.benjaminiHochberg(p);
        List<EntryPoint> out = new ArrayList<>();
        for (int i = 0; i < p.length; i++) {
            String type = types.get(i);
            double share = (double) cur.get(type) / nc;
            double baseShare = nb == 0 ? 0 : (double) base.getOrDefault(type, 0L) / nb;
            Double lift = baseShare == 0 ? null : share / baseShare;
            boolean enough = cur.get(type) >= settings.minCount() || base.getOrDefault(type, 0L) >= settings.minCount();
            boolean unexpected = enough && nb >= settings.minCount() && qv[i] <= settings.fdr() && share > baseShare
                    && (lift == null || lift >= settings.entryMinLift());
            out.add(new EntryPoint(type, cur.get(type), share, baseShare, lift, p[i], unexpected));
        }
        out.sort(Comparator.comparing(EntryPoint::unexpected).reversed()
                .thenComparing(Comparator.comparingDouble((EntryPoint e) -> e.share() - e.baselineShare()).reversed()));
        return out;
    }

    List<JourneyChange> friction(MapQuery q, int baselineDays, Instant now) {
        MapQuery base = q.before(baselineDays);
        ChangeDetector.Window w = new ChangeDetector.Window(base.from(), base.to(), q.from(), q.to());
        List<JourneyChange> stageComparisons = new ArrayList<>(detector.compare(q.segment().key(), w,
                        store.merged(base, STALLS), store.merged(q, STALLS), now).stream()
                .filter(c -> c.metric().equals(ChangeDetector.STALL))
                .toList());
        stageComparisons.addAll(dropOff(q.segment(), w, now));
        return ChangeDetector.significant(stageComparisons, settings.fdr(), settings.minEffect()).stream()
                .filter(JourneyChange::increased).toList();
    }

    /**
     * @param today the last day of the current window (the map's watermark day)
     * @return the significant shifts over every configured segment
     */
    List<JourneyChange> detect(LocalDate today, Instant now) {
        ChangeDetector.Window w = ChangeDetector.Window.ending(today, settings.currentDays(), settings.baselineDays());
        List<JourneyChange> candidates = new ArrayList<>();
        for (Segment s : settings.changeSegments()) {
            DayBucket base = store.merged(new MapQuery(w.baselineFrom(), w.baselineTo(), s), STALLS);
            DayBucket cur = store.merged(new MapQuery(w.currentFrom(), w.currentTo(), s), STALLS);
            candidates.addAll(detector.compare(s.key(), w, base, cur, now));
            candidates.addAll(dropOff(s, w, now));
        }
        return ChangeDetector.significant(candidates, settings.fdr(), settings.minEffect());
    }

    /** Drop-off on the windows an inactivity window earlier: only there is every drop-off known. */
    private List<JourneyChange> dropOff(Segment s, ChangeDetector.Window w, Instant now) {
        ChangeDetector.Window matured = ChangeDetector.earlier(w, settings.inactivity().toDays() + 1);
        return detector.compareDropOff(s.key(), matured,
                store.merged(new MapQuery(matured.baselineFrom(), matured.baselineTo(), s), NO_DIGESTS),
                store.merged(new MapQuery(matured.currentFrom(), matured.currentTo(), s), NO_DIGESTS), now);
    }

    private static Double quantile(TDigest d, double q) {
        return d == null || d.size() == 0 ? null : d.quantile(q);
    }
}
