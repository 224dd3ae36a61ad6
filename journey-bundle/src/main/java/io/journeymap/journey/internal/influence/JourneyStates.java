package io.journeymap.journey.internal.influence;

/**
 * The reserved state names of a journey chain, in one place so that tables, models and the
 * simulator agree on them. The parentheses keep them apart from any channel or touchpoint name.
 */
public final class JourneyStates {

    /** Where every journey begins; only ever the first name of a history. */
    public static final String START = "(start)";
    /** The absorbing state of a journey that converted. */
    public static final String CONVERSION = "(conversion)";
    /** The absorbing state of a journey that ended without converting. */
    public static final String NULL = "(null)";

    private JourneyStates() {
    }

    /**
     * @param name a state name
     * @return whether the name is one of the reserved names rather than a channel or touchpoint
     */
    public static boolean isReserved(String name) {
        return START.equals(name) || CONVERSION.equals(name) || NULL.equals(name);
    }

    /**
     * @param name a state name
     * @return whether the name ends a journey
     */
    public static boolean isAbsorbing(String name) {
        return CONVERSION.equals(name) || NULL.equals(name);
    }

    static String requireTouchName(String name, String what) {
        if (name == null || name.isEmpty()) {
            throw new IllegalArgumentException(what + " must be a non-empty name");
        }
        if (isReserved(name)) {
            throw new IllegalArgumentException(what + " must not be the reserved name " + name);
        }
        return name;
    }
}
