package io.journeymap.journey.internal.map;

import com.tdunning.math.stats.TDigest;
import io.journeymap.api.journey.JourneyChange;
import io.journeymap.journey.internal.map.Keys.Level;
import io.journeymap.journey.internal.map.Keys.StageEvent;
import io.journeymap.journey.internal.map.change.Significance;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Compares a current window of the map with a baseline window and keeps the shifts that survive
 * false-discovery-rate control. Every comparison is a two-proportion z-test:
 *
 * <ul>
 * <li>{@code transition_probability}: P(next | from, the journey went on) for every edge out of a
 *     touchpoint type. Edges to {@code (null)} are left out: a drop-off is recorded only once the
 *     journey has been quiet for the inactivity window, so a recent window would always show too few
 *     of them (censoring); drop-off has a test of its own;</li>
 * <li>{@code entry_share}: P(first touchpoint) (the edges out of {@code (start)});</li>
 * <li>{@code drop_off}: (lost + dropped) over the journeys whose outcome in a stage is known, on
 *     windows that end an inactivity window earlier, when every drop-off in them is known
 *     ({@link #compareDropOff});</li>
 * <li>{@code stall_time}: Mood's median test — the share of current stalls longer than the baseline
 *     median against the baseline's share, both read from the t-digests.</li>
 * </ul>
 *
 * Only comparisons with at least {@code minCount} observations on both sides are made; the
 * Benjamini–Hochberg q-values are taken over all comparisons of a run.
 */
final class ChangeDetector {

    static final String TRANSITION = "transition_probability";
    static final String ENTRY = "entry_share";
    static final String DROP_OFF = "drop_off";
    static final String STALL = "stall_time";

    /** The two windows compared. */
    record Window(LocalDate baselineFrom, LocalDate baselineTo, LocalDate currentFrom, LocalDate currentTo) {

        /**
         * @param today        the last day of the current window
         * @param currentDays  its length
         * @param baselineDays the baseline's length, ending the day before the current window
         */
        static Window ending(LocalDate today, int currentDays, int baselineDays) {
            LocalDate currentFrom = today.minusDays(currentDays - 1L);
            return new Window(currentFrom.minusDays(baselineDays), currentFrom.minusDays(1), currentFrom, today);
        }
    }

    private final List<String> stages;
    private final long minCount;

    ChangeDetector(List<String> stages, long minCount) {
        this.stages = stages;
        this.minCount = minCount;
    }

    /**
     * @return every comparison made, with its p-value; q-values are not set yet
     */
    List<JourneyChange> compare(String segment, Window w, DayBucket base, DayBucket cur, Instant now) {
        List<JourneyChange> out = new ArrayList<>();
        Map<String, Map<String, Long>> b = TransitionCounts.of(base, Level.TYPE, 1);
        Map<String, Map<String, Long>> c = TransitionCounts.of(cur, Level.TYPE, 1);
        Set<String> froms = new TreeSet<>(b.keySet());
        froms.addAll(c.keySet());
        for (String from : froms) {
            Map<String, Long> bRow = continuing(b.getOrDefault(from, Map.of()));
            Map<String, Long> cRow = continuing(c.getOrDefault(from, Map.of()));
            long nb = sum(bRow);
            long nc = sum(cRow);
            if (nb < minCount || nc < minCount) {
                continue;
            }
            Set<String> tos = new TreeSet<>(bRow.keySet());
            tos.addAll(cRow.keySet());
            for (String to : tos) {
                boolean entry = from.equals(Keys.START);
                out.add(proportion(segment, w, now, entry ? ENTRY : TRANSITION, entry ? to : from + " -> " + to,
                        bRow.getOrDefault(to, 0L), nb, cRow.getOrDefault(to, 0L), nc));
            }
        }
        for (String stage : stages) {
            stall(segment, w, now, stage, base.digest(Keys.stall(stage)), cur.digest(Keys.stall(stage)), out);
        }
        return out;
    }

    /**
     * @param w windows that ended at least an inactivity window ago
     * @return the drop-off comparison per stage, with p-values; q-values are not set yet
     */
    List<JourneyChange> compareDropOff(String segment, Window w, DayBucket base, DayBucket cur, Instant now) {
        List<JourneyChange> out = new ArrayList<>();
        for (String stage : stages) {
            long[] bs = outcomes(base, stage);
            long[] cs = outcomes(cur, stage);
            if (bs[1] >= minCount && cs[1] >= minCount) {
                out.add(proportion(segment, w, now, DROP_OFF, stage, bs[0], bs[1], cs[0], cs[1]));
            }
        }
        return out;
    }

    /**
     * @param days how far back
     * @return the same windows that many days earlier
     */
    static Window earlier(Window w, long days) {
        return new Window(w.baselineFrom().minusDays(days), w.baselineTo().minusDays(days),
                w.currentFrom().minusDays(days), w.currentTo().minusDays(days));
    }

    private static Map<String, Long> continuing(Map<String, Long> row) {
        if (!row.containsKey(Keys.NULL)) {
            return row;
        }
        Map<String, Long> out = new java.util.TreeMap<>(row);
        out.remove(Keys.NULL);
        return out;
    }

    /**
     * @param candidates comparisons from one or more {@link #compare} calls
     * @param fdr        the false-discovery rate to control
     * @param minEffect  the smallest |Cohen's h| worth reporting
     * @return the significant ones, strongest first, with their q-values
     */
    static List<JourneyChange> significant(List<JourneyChange> candidates, double fdr, double minEffect) {
        double[] p = candidates.stream().mapToDouble(JourneyChange::pValue).toArray();
        double[] q = Significance.benjaminiHochberg(p);
        List<JourneyChange> out = new ArrayList<>();
        for (int i = 0; i < q.length; i++) {
            JourneyChange c = candidates.get(i);
            if (q[i] <= fdr && Math.abs(c.effectSize()) >= minEffect) {
                out.add(new JourneyChange(0, c.detectedAt(), c.segment(), c.metric(), c.subject(), c.baselineFrom(),
                        c.baselineTo(), c.currentFrom(), c.currentTo(), c.baseline(), c.current(), c.effectSize(),
                        c.pValue(), q[i], c.baselineCount(), c.currentCount()));
            }
        }
        out.sort((x, y) -> Double.compare(Math.abs(y.effectSize()), Math.abs(x.effectSize())));
        return out;
    }

    private void stall(String segment, Window w, Instant now, String stage, TDigest base, TDigest cur,
            List<JourneyChange> out) {
        if (base == null || cur == null || base.size() < minCount || cur.size() < minCount) {
            return;
        }
        double median = base.quantile(0.5);
        double nb = base.size();
        double nc = cur.size();
        double xb = nb * (1 - base.cdf(median));
        double xc = nc * (1 - cur.cdf(median));
        double p = Significance.twoProportionP(xb, nb, xc, nc);
        out.add(new JourneyChange(0, now, segment, STALL, stage, w.baselineFrom(), w.baselineTo(), w.currentFrom(),
                w.currentTo(), median, cur.quantile(0.5), Significance.cohenH(xb / nb, xc / nc), p, Double.NaN,
                (long) nb, (long) nc));
    }

    private static JourneyChange proportion(String segment, Window w, Instant now, String metric, String subject,
            long xb, long nb, long xc, long nc) {
        double pb = (double) xb / nb;
        double pc = (double) xc / nc;
        return new JourneyChange(0, now, segment, metric, subject, w.baselineFrom(), w.baselineTo(), w.currentFrom(),
                w.currentTo(), pb, pc, Significance.cohenH(pb, pc), Significance.twoProportionP(xb, nb, xc, nc),
                Double.NaN, nb, nc);
    }

    /** @return {lost + dropped, known outcomes} of a stage */
    static long[] outcomes(DayBucket b, String stage) {
        long ended = b.count(StageEvent.LOST.key(stage)) + b.count(StageEvent.DROPPED.key(stage));
        long known = ended + b.count(StageEvent.PROGRESSED.key(stage)) + b.count(StageEvent.CONVERTED.key(stage));
        return new long[] {ended, known};
    }

    private static long sum(Map<String, Long> row) {
        return row.values().stream().mapToLong(Long::longValue).sum();
    }
}
