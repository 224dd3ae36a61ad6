package io.journeymap.shell.internal;

/** What the scoring commands say while the scoring feature is not installed (their services are optional). */
final class ScoringFeature {

    static final String MISSING = "the scoring feature is not installed (feature:install journeymap-scoring)";

    private ScoringFeature() {
    }

    /**
     * @param service an optional service reference of a command
     * @return whether it is missing; if so the reason was printed
     */
    static boolean missing(Object service) {
        if (service == null) {
            System.out.println(MISSING);
            return true;
        }
        return false;
    }
}
