package io.journeymap.journey.internal.map;

import io.journeymap.api.config.InvalidConfigurationException;
import io.journeymap.api.event.EventType;
import io.journeymap.api.event.TouchpointEvent;
import io.journeymap.api.journey.Taxonomy;
import io.journeymap.api.journey.Touchpoint;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The taxonomy as configured in {@code etc/io.journeymap.journey.map.cfg}, on top of
 * {@link DefaultTaxonomy}:
 *
 * <ul>
 * <li>{@code taxonomy.rule.<n>}: rules, tried in order of {@code n} before the defaults
 *     (see {@link TaxonomyRule} for the syntax)</li>
 * <li>{@code taxonomy.stages}: the stages in funnel order</li>
 * <li>{@code taxonomy.stage.<stage>}: the touchpoint types of a stage, comma-separated; {@code channel:*}
 *     covers a channel; replaces that stage's default list</li>
 * <li>{@code taxonomy.conversions} and {@code taxonomy.losses}: the types that end a journey</li>
 * </ul>
 *
 * A track event no rule matches becomes {@code <channel>:other} when its context names a channel the
 * taxonomy knows, else {@code other:event}: the set of types stays what the configuration says, so the
 * map's state cannot grow with whatever names clients send.
 */
final class ConfiguredTaxonomy implements Taxonomy {

    private static final String RULE = "taxonomy.rule.";
    private static final String STAGE = "taxonomy.stage.";

    private final List<TaxonomyRule> rules;
    private final List<String> stages;
    private final Map<String, String> stageOfType;
    private final Map<String, String> stageOfChannel;
    private final Set<String> conversions;
    private final Set<String> losses;
    private final Set<String> channels;
    private final Map<String, Touchpoint> touchpoints = new ConcurrentHashMap<>();

    private ConfiguredTaxonomy(List<TaxonomyRule> rules, List<String> stages, Map<String, String> stageOfType,
            Map<String, String> stageOfChannel, Set<String> conversions, Set<String> losses) {
        this.rules = rules;
        this.stages = stages;
        this.stageOfType = stageOfType;
        this.stageOfChannel = stageOfChannel;
        this.conversions = conversions;
        this.losses = losses;
        this.channels = new HashSet<>(stageOfChannel.keySet());
        rules.forEach(r -> channels.add(Touchpoint.channelOf(r.type())));
        stageOfType.keySet().forEach(t -> channels.add(Touchpoint.channelOf(t)));
    }

    /** @return the defaults alone */
    static ConfiguredTaxonomy defaults() {
        return from(Map.of());
    }

    /**
     * @param properties the configuration
     * @return the taxonomy
     * @throws InvalidConfigurationException naming the key of a bad value
     */
    static ConfiguredTaxonomy from(Map<String, ?> properties) {
        TreeMap<Integer, TaxonomyRule> configured = new TreeMap<>();
        for (Map.Entry<String, ?> e : properties.entrySet()) {
            if (e.getKey().startsWith(RULE)) {
                int n;
                try {
                    n = Integer.parseInt(e.getKey().substring(RULE.length()));
                } catch (NumberFormatException ex) {
                    throw new InvalidConfigurationException(e.getKey(), "rules are numbered: taxonomy.rule.<n>");
                }
                configured.put(n, TaxonomyRule.parse(e.getKey(), String.valueOf(e.getValue())));
            }
        }
        List<TaxonomyRule> rules = new ArrayList<>(configured.values());
        DefaultTaxonomy.RULES.forEach(r -> rules.add(TaxonomyRule.parse("default", r)));

        List<String> stages = list(properties, "taxonomy.stages", DefaultTaxonomy.STAGES);
        if (stages.isEmpty() || new HashSet<>(stages).size() != stages.size()) {
            throw new InvalidConfigurationException("taxonomy.stages", "must list at least one stage, each once");
        }
        Map<String, String> stageOfType = new HashMap<>();
        Map<String, String> stageOfChannel = new HashMap<>();
        for (String stage : stages) {
            String key = STAGE + stage;
            for (String type : list(properties, key, DefaultTaxonomy.STAGE_TYPES.getOrDefault(stage, List.of()))) {
                if (!TaxonomyRule.TYPE.matcher(type).matches()) {
                    throw new InvalidConfigurationException(key, "a touchpoint type reads channel:name or channel:*: " + type);
                }
                Map<String, String> target = type.endsWith(":*") ? stageOfChannel : stageOfType;
                String name = type.endsWith(":*") ? Touchpoint.channelOf(type) : type;
                String before = target.put(name, stage);
                if (before != null && !before.equals(stage)) {
                    throw new InvalidConfigurationException(key, type + " is already in stage " + before);
                }
            }
        }
        for (String key : properties.keySet()) {
            if (key.startsWith(STAGE) && !stages.contains(key.substring(STAGE.length()))) {
                throw new InvalidConfigurationException(key, "names a stage that taxonomy.stages does not list");
            }
        }
        Set<String> conversions = types(properties, "taxonomy.conversions", DefaultTaxonomy.CONVERSIONS);
        Set<String> losses = types(properties, "taxonomy.losses", DefaultTaxonomy.LOSSES);
        for (String c : conversions) {
            if (losses.contains(c)) {
                throw new InvalidConfigurationException("taxonomy.losses", c + " is a conversion too");
            }
        }
        return new ConfiguredTaxonomy(List.copyOf(rules), List.copyOf(stages), Map.copyOf(stageOfType),
                Map.copyOf(stageOfChannel), conversions, losses);
    }

    @Override
    public Optional<Touchpoint> classify(TouchpointEvent event) {
        EventType t = event.type();
        if (t != EventType.TRACK && t != EventType.PAGE && t != EventType.SCREEN) {
            return Optional.empty();
        }
        for (TaxonomyRule rule : rules) {
            if (rule.matches(event)) {
                return Optional.of(touchpoint(rule.type()));
            }
        }
        String channel = event.context().channel();
        return Optional.of(touchpoint(channel != null && channels.contains(channel) ? channel + ":other" : "other:event"));
    }

    /**
     * @param type a touchpoint type
     * @return the touchpoint with its configured stage and outcome
     */
    Touchpoint touchpoint(String type) {
        return touchpoints.computeIfAbsent(type, k -> new Touchpoint(k, stageOf(k),
                conversions.contains(k) ? Touchpoint.Outcome.CONVERSION
                        : losses.contains(k) ? Touchpoint.Outcome.LOSS : Touchpoint.Outcome.NONE));
    }

    private String stageOf(String type) {
        String s = stageOfType.get(type);
        if (s == null) {
            s = stageOfChannel.get(Touchpoint.channelOf(type));
        }
        return s != null && stages.contains(s) ? s : stages.get(0);
    }

    @Override
    public List<String> stages() {
        return stages;
    }

    /**
     * @param stage a stage
     * @return its place in the funnel, 0 first; -1 when unknown
     */
    int stageIndex(String stage) {
        return stages.indexOf(stage);
    }

    private static Set<String> types(Map<String, ?> properties, String key, List<String> defaults) {
        Set<String> types = new HashSet<>();
        for (String type : list(properties, key, defaults)) {
            if (!TaxonomyRule.TYPE.matcher(type).matches() || type.contains("*")) {
                throw new InvalidConfigurationException(key, "a touchpoint type reads channel:name: " + type);
            }
            types.add(type);
        }
        return Set.copyOf(types);
    }

    private static List<String> list(Map<String, ?> properties, String key, List<String> defaults) {
        Object v = properties.get(key);
        if (v == null) {
            return defaults;
        }
        List<String> out = new ArrayList<>();
        for (String s : v.toString().split(",")) {
            if (!s.isBlank()) {
                out.add(s.trim());
            }
        }
        return out;
    }
}
