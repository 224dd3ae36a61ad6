package io.journeymap.journey.internal.map;

import io.journeymap.journey.internal.influence.JourneyStates;
import java.util.List;

/**
 * The keys of a {@link DayBucket}'s counts, credits and digests, in one place so that the folder
 * that writes them and the queries that read them agree. Touchpoint types, channels and stages
 * never contain {@code |}, {@code >} or {@code ,}.
 */
final class Keys {

    static final String START = JourneyStates.START;
    static final String CONVERSION = JourneyStates.CONVERSION;
    static final String NULL = JourneyStates.NULL;
    static final String OTHER_PATH = "(other paths)";

    static final String JOURNEYS = "journeys";
    static final String CONVERSIONS = "conversions";
    static final String LOSSES = "losses";
    static final String DROP_OFFS = "drop_offs";
    static final String LATE = "late";

    /** What a transition table is over. */
    enum Level {
        TYPE("t"), CHANNEL("c");

        final String code;

        Level(String code) {
            this.code = code;
        }
    }

    /** What happened in a stage. */
    enum StageEvent {
        ENTERED, PROGRESSED, CONVERTED, LOST, DROPPED;

        final String key(String stage) {
            return "stage|" + name().toLowerCase() + "|" + stage;
        }
    }

    private Keys() {
    }

    static String touchpoint(String type) {
        return "tp|" + type;
    }

    /**
     * @param level   types or channels
     * @param order   1 for first order, k for the higher order model
     * @param history the last {@code order} states, oldest first
     * @param next    the next state
     */
    static String transition(Level level, int order, List<String> history, String next) {
        return "tr|" + level.code + order + "|" + String.join(">", history) + "|" + next;
    }

    static String transitionPrefix(Level level, int order) {
        return "tr|" + level.code + order + "|";
    }

    static String gap(String from, String to) {
        return "gap|" + from + "|" + to;
    }

    static String stall(String stage) {
        return "stall|" + stage;
    }

    /** Shapley: journeys and conversions per set of channels touched (sorted, comma-joined). */
    static String coalition(boolean converted, String channels) {
        return (converted ? "set.c|" : "set.j|") + channels;
    }

    /** Heuristic credit: model, level, name. */
    static String credit(String model, Level level, String name) {
        return "cr|" + model + "|" + level.code + "|" + name;
    }
}
