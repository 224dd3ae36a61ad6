package io.journeymap.journey.internal.influence;

import static io.journeymap.journey.internal.influence.HeuristicModel.FIRST_TOUCH;
import static io.journeymap.journey.internal.influence.HeuristicModel.LAST_TOUCH;
import static io.journeymap.journey.internal.influence.HeuristicModel.LINEAR;
import static io.journeymap.journey.internal.influence.HeuristicModel.POSITION_BASED;
import static io.journeymap.journey.internal.influence.HeuristicModel.TIME_DECAY;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class HeuristicAttributionTest {

    private static final double EXACT = 1e-12;
    private static final Instant CONVERSION = Instant.parse("2025-03-01T12:00:00Z");

    private final HeuristicAttribution heuristics = new HeuristicAttribution();

    private static Touch touch(String name, Duration beforeConversion) {
        return new Touch(name, CONVERSION.minus(beforeConversion));
    }

    private static List<Touch> journey(String... names) {
        Touch[] touches = new Touch[names.length];
        for (int i = 0; i < names.length; i++) {
            touches[i] = touch(names[i], Duration.ofDays(names.length - i));
        }
        return List.of(touches);
    }

    @ParameterizedTest
    @EnumSource(HeuristicModel.class)
    void singleTouchGetsEverything(HeuristicModel model) {
        assertThat(heuristics.credits(model, journey("email"), CONVERSION)).containsExactlyEntriesOf(Map.of("email", 1.0));
    }

    @ParameterizedTest
    @EnumSource(HeuristicModel.class)
    void creditsOfAJourneySumToOne(HeuristicModel model) {
        Map<String, Double> credits = heuristics.credits(model, journey("ads", "web", "support", "web", "email"), CONVERSION);

        assertThat(credits.values().stream().mapToDouble(Double::doubleValue).sum()).isCloseTo(1, within(EXACT));
    }

    @ParameterizedTest
    @EnumSource(HeuristicModel.class)
    void journeyWithoutTouchesCreditsNothing(HeuristicModel model) {
        assertThat(heuristics.credits(model, List.of(), CONVERSION)).isEmpty();
    }

    @Test
    void firstAndLastTouchCreditTheEnds() {
        List<Touch> touches = journey("ads", "web", "email");

        assertThat(heuristics.credits(FIRST_TOUCH, touches, CONVERSION)).containsExactlyEntriesOf(Map.of("ads", 1.0));
        assertThat(heuristics.credits(LAST_TOUCH, touches, CONVERSION)).containsExactlyEntriesOf(Map.of("email", 1.0));
    }

    @Test
    void linearAddsUpRepeatedNames() {
        Map<String, Double> credits = heuristics.credits(LINEAR, journey("web", "email", "web", "web"), CONVERSION);

        assertThat(credits.get("web")).isCloseTo(0.75, within(EXACT));
        assertThat(credits.get("email")).isCloseTo(0.25, within(EXACT));
    }

    @Test
    void positionBasedSplitsTwoTouchesEvenly() {
        Map<String, Double> credits = heuristics.credits(POSITION_BASED, journey("ads", "email"), CONVERSION);

        assertThat(credits).containsEntry("ads", 0.5).containsEntry("email", 0.5);
    }

    @Test
    void positionBasedGivesTheEndsFortyPercentAndSharesTwentyOverTheMiddle() {
        Map<String, Double> credits = heuristics.credits(POSITION_BASED, journey("ads", "web", "support", "crm", "email"), CONVERSION);

        assertThat(credits.get("ads")).isCloseTo(0.4, within(EXACT));
        assertThat(credits.get("email")).isCloseTo(0.4, within(EXACT));
        assertThat(credits.get("web")).isCloseTo(0.2 / 3, within(EXACT));
        assertThat(credits.get("support")).isCloseTo(0.2 / 3, within(EXACT));
    }

    @Test
    void timeDecayHalvesTheCreditPerHalfLife() {
        List<Touch> touches = List.of(touch("ads", Duration.ofDays(14)), touch("web", Duration.ofDays(7)), touch("email", Duration.ZERO));

        Map<String, Double> credits = heuristics.credits(TIME_DECAY, touches, CONVERSION);

        // weights 1/4, 1/2, 1 of 7/4
        assertThat(credits.get("ads")).isCloseTo(1 / 7.0, within(EXACT));
        assertThat(credits.get("web")).isCloseTo(2 / 7.0, within(EXACT));
        assertThat(credits.get("email")).isCloseTo(4 / 7.0, within(EXACT));
    }

    @Test
    void timeDecaySplitsSimultaneousTouchesEvenly() {
        List<Touch> touches = List.of(touch("ads", Duration.ofDays(3)), touch("web", Duration.ofDays(3)));

        assertThat(heuristics.credits(TIME_DECAY, touches, CONVERSION)).containsEntry("ads", 0.5).containsEntry("web", 0.5);
    }

    @Test
    void timeDecayStillSumsToOneLongAfterEveryTouch() {
        HeuristicAttribution hourly = new HeuristicAttribution(Duration.ofHours(1));
        List<Touch> touches = List.of(touch("ads", Duration.ofDays(3650)), touch("web", Duration.ofDays(3649)));

        Map<String, Double> credits = hourly.credits(TIME_DECAY, touches, CONVERSION);

        assertThat(credits.get("web")).isCloseTo(1, within(1e-6));
        assertThat(credits.get("ads") + credits.get("web")).isCloseTo(1, within(EXACT));
    }

    @Test
    void timeDecayCountsATouchAfterTheConversionAsAtIt() {
        List<Touch> touches = List.of(touch("ads", Duration.ZERO), touch("web", Duration.ofHours(-2)));

        assertThat(heuristics.credits(TIME_DECAY, touches, CONVERSION)).containsEntry("ads", 0.5).containsEntry("web", 0.5);
    }

    @Test
    void addCreditsAccumulatesOverJourneys() {
        Map<String, Double> total = new HashMap<>();

        heuristics.addCredits(LAST_TOUCH, journey("ads", "email"), CONVERSION, total);
        heuristics.addCredits(LAST_TOUCH, journey("web", "email"), CONVERSION, total);
        heuristics.addCredits(LAST_TOUCH, journey("email", "web"), CONVERSION, total);

        assertThat(total).containsExactlyInAnyOrderEntriesOf(Map.of("email", 2.0, "web", 1.0));
    }

    @Test
    void touchesOutOfTimeOrderAreRefused() {
        List<Touch> touches = List.of(touch("ads", Duration.ofDays(1)), touch("web", Duration.ofDays(2)));

        assertThatThrownBy(() -> heuristics.credits(LINEAR, touches, CONVERSION)).hasMessageContaining("oldest first");
    }

    @Test
    void halfLifeMustBePositive() {
        assertThatThrownBy(() -> new HeuristicAttribution(Duration.ZERO)).isInstanceOf(IllegalArgumentException.class);
    }
}
