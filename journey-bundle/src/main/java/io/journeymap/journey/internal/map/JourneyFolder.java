package io.journeymap.journey.internal.map;

import io.journeymap.api.journey.Touchpoint;
import io.journeymap.journey.internal.influence.HeuristicAttribution;
import io.journeymap.journey.internal.influence.HeuristicModel;
import io.journeymap.journey.internal.influence.Touch;
import java.time.Duration;
import io.journeymap.journey.internal.map.Keys.Level;
import io.journeymap.journey.internal.map.Keys.StageEvent;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;
import java.util.function.Supplier;

/**
 * Folds one person's touchpoints, in arrival order, into their {@link JourneyCursor} and the daily
 * buckets of every segment their journey belongs to. A journey starts at a person's first
 * touchpoint (or the first after their last journey ended) and ends with a conversion, an explicit
 * loss, or when nothing happens for the inactivity window (a drop-off). Conversion and loss
 * touchpoints are outcomes, not states: the chain goes {@code web:pricing -> (conversion)}, so the
 * Markov model never credits the conversion event itself.
 *
 * <p>A touchpoint older than the person's newest is late: it is counted, but not placed on the path
 * (re-threading a path would need to retract time spans from sketches, which cannot be done).
 */
final class JourneyFolder {

    /** Most steps a reported path keeps (the last ones); longer paths read {@code …>a>b>c}. */
    static final int PATH_STEPS = 12;

    private final ConfiguredTaxonomy taxonomy;
    private final int order;
    private final long inactivityMillis;
    private final HeuristicAttribution heuristics;

    JourneyFolder(ConfiguredTaxonomy taxonomy, int order, long inactivityMillis, double halfLifeDays) {
        this.taxonomy = taxonomy;
        this.order = order;
        this.inactivityMillis = inactivityMillis;
        this.heuristics = new HeuristicAttribution(Duration.ofMillis(Math.round(halfLifeDays * 86_400_000)));
    }

    int order() {
        return order;
    }

    long inactivityMillis() {
        return inactivityMillis;
    }

    /**
     * @param c        the person's cursor
     * @param tp       the touchpoint
     * @param millis   its event time
     * @param segments the segment keys a journey starting here belongs to ({@code *} first)
     * @param out      where the counts go
     */
    void fold(JourneyCursor c, Touchpoint tp, long millis, Supplier<List<String>> segments, MapDelta out) {
        LocalDate day = day(millis);
        if (c.lastMillis != Long.MIN_VALUE && millis < c.lastMillis) {
            for (String s : c.open ? c.segments : List.of("*")) {
                DayBucket b = out.bucket(day, s);
                b.count(Keys.touchpoint(tp.type()), 1);
                b.count(Keys.LATE, 1);
            }
            return;
        }
        if (c.open && millis - c.lastMillis > inactivityMillis) {
            dropOff(c, out);
        }
        boolean starting = !c.open;
        if (starting) {
            start(c, millis, segments.get());
        }
        int stage = taxonomy.stageIndex(tp.stage());
        String channel = tp.channel();
        for (String s : c.segments) {
            DayBucket b = out.bucket(day, s);
            b.count(Keys.touchpoint(tp.type()), 1);
            if (starting) {
                b.count(Keys.JOURNEYS, 1);
                b.count(StageEvent.ENTERED.key(tp.stage()), 1);
            } else if (stage > c.stage) {
                String from = stageName(c.stage);
                b.count(StageEvent.PROGRESSED.key(from), 1);
                b.count(StageEvent.ENTERED.key(tp.stage()), 1);
                b.time(Keys.stall(from), seconds(millis - c.stageSinceMillis));
            }
            if (tp.outcome() == Touchpoint.Outcome.NONE && !starting) {
                b.time(Keys.gap(c.lastType(), tp.type()), seconds(millis - c.lastMillis));
            }
        }
        if (starting || stage > c.stage) {
            c.stage = stage;
            c.stageSinceMillis = millis;
        }
        c.lastMillis = millis;
        switch (tp.outcome()) {
            case CONVERSION -> end(c, millis, Keys.CONVERSION, out);
            case LOSS -> end(c, millis, Keys.NULL, out);
            case NONE -> step(c, tp.type(), channel, millis, day, out);
        }
    }

    /**
     * Ends an open journey that went quiet for the inactivity window.
     *
     * @param c   a cursor with an open journey
     * @param out where the counts go
     */
    void dropOff(JourneyCursor c, MapDelta out) {
        end(c, c.lastMillis, null, out);
    }

    private void start(JourneyCursor c, long millis, List<String> segments) {
        c.reset();
        c.open = true;
        c.startMillis = millis;
        c.segments.addAll(segments);
        c.typeHistory.add(Keys.START);
        c.channelHistory.add(Keys.START);
    }

    private void step(JourneyCursor c, String type, String channel, long millis, LocalDate day, MapDelta out) {
        transitions(c, type, channel, day, out);
        JourneyCursor.push(c.typeHistory, type, order);
        JourneyCursor.push(c.channelHistory, channel, order);
        c.addTouch(type, millis);
    }

    private void transitions(JourneyCursor c, String nextType, String nextChannel, LocalDate day, MapDelta out) {
        List<String> types = c.typeHistory;
        List<String> channels = c.channelHistory;
        List<String> lastType = types.subList(types.size() - 1, types.size());
        List<String> lastChannel = channels.subList(channels.size() - 1, channels.size());
        for (String s : c.segments) {
            DayBucket b = out.bucket(day, s);
            b.count(Keys.transition(Level.TYPE, 1, lastType, nextType), 1);
            b.count(Keys.transition(Level.CHANNEL, 1, lastChannel, nextChannel), 1);
            if (order > 1) {
                b.count(Keys.transition(Level.TYPE, order, types, nextType), 1);
                b.count(Keys.transition(Level.CHANNEL, order, channels, nextChannel), 1);
            }
        }
    }

    /**
     * @param outcome {@code (conversion)}, {@code (null)} for a loss, or null for a drop-off
     */
    private void end(JourneyCursor c, long millis, String outcome, MapDelta out) {
        boolean converted = Keys.CONVERSION.equals(outcome);
        String stage = stageName(c.stage);
        LocalDate day = day(millis);
        transitions(c, outcome == null ? Keys.NULL : outcome, outcome == null ? Keys.NULL : outcome, day, out);
        String path = path(c);
        String coalition = coalition(c);
        Map<String, Double> typeCredits = converted ? credits(c, millis, false) : Map.of();
        Map<String, Double> channelCredits = converted ? credits(c, millis, true) : Map.of();
        for (String s : c.segments) {
            DayBucket b = out.bucket(day, s);
            if (converted) {
                b.count(Keys.CONVERSIONS, 1);
                b.count(StageEvent.CONVERTED.key(stage), 1);
                if (millis > c.stageSinceMillis) {
                    // converted from within the stage it was in: that stall ends here too
                    b.time(Keys.stall(stage), seconds(millis - c.stageSinceMillis));
                }
                typeCredits.forEach(b::credit);
                channelCredits.forEach(b::credit);
            } else if (outcome == null) {
                b.count(Keys.DROP_OFFS, 1);
                b.count(StageEvent.DROPPED.key(stage), 1);
            } else {
                b.count(Keys.LOSSES, 1);
                b.count(StageEvent.LOST.key(stage), 1);
            }
            b.path(path, converted);
            b.count(Keys.coalition(false, coalition), 1);
            if (converted) {
                b.count(Keys.coalition(true, coalition), 1);
            }
        }
        c.reset();
    }

    private Map<String, Double> credits(JourneyCursor c, long conversionMillis, boolean byChannel) {
        Map<String, Double> out = new HashMap<>();
        if (c.touches.isEmpty()) {
            return out;
        }
        List<Touch> touches = new ArrayList<>(c.touches.size());
        for (JourneyCursor.Touch t : c.touches) {
            String name = byChannel ? Touchpoint.channelOf(t.type()) : t.type();
            touches.add(new Touch(name, Instant.ofEpochMilli(t.epochMillis())));
        }
        Instant conversion = Instant.ofEpochMilli(conversionMillis);
        Level level = byChannel ? Level.CHANNEL : Level.TYPE;
        for (HeuristicModel model : HeuristicModel.values()) {
            Map<String, Double> credit = new HashMap<>();
            heuristics.addCredits(model, touches, conversion, credit);
            String name = model.name().toLowerCase(Locale.ROOT);
            credit.forEach((k, v) -> out.merge(Keys.credit(name, level, k), v, Double::sum));
        }
        return out;
    }

    private static String path(JourneyCursor c) {
        List<String> steps = new ArrayList<>();
        for (JourneyCursor.Touch t : c.touches) {
            if (steps.isEmpty() || !steps.get(steps.size() - 1).equals(t.type())) {
                steps.add(t.type());
            }
        }
        if (steps.isEmpty()) {
            return "(direct)";
        }
        if (steps.size() > PATH_STEPS) {
            List<String> tail = new ArrayList<>(steps.subList(steps.size() - PATH_STEPS, steps.size()));
            tail.add(0, "…");
            steps = tail;
        }
        return String.join(">", steps);
    }

    private static String coalition(JourneyCursor c) {
        TreeSet<String> channels = new TreeSet<>();
        for (JourneyCursor.Touch t : c.touches) {
            channels.add(Touchpoint.channelOf(t.type()));
        }
        return String.join(",", channels);
    }

    private String stageName(int index) {
        return taxonomy.stages().get(Math.min(index, taxonomy.stages().size() - 1));
    }

    static LocalDate day(long millis) {
        return Instant.ofEpochMilli(millis).atZone(ZoneOffset.UTC).toLocalDate();
    }

    private static double seconds(long millis) {
        return millis / 1000.0;
    }
}
