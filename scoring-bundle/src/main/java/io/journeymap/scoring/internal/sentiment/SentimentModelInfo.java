package io.journeymap.scoring.internal.sentiment;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * What a saved sentiment model directory says about itself, in its {@code model.json}: the feature
 * schema it reads, the hyper-parameters its block is rebuilt from, what it was trained on and how it
 * did on held-out texts.
 *
 * @param features        the feature schema, e.g. {@value SentimentFeatures#SCHEMA}
 * @param hyperParameters the shape and training settings the model was trained with, every choice made
 * @param selection       how the choices were made, for people: e.g. which weight decay and blend
 *                        leave-one-corpus-out validation preferred, and by how much; empty when none
 * @param trainedOn       the training corpora, e.g. {@code [amazon, movies, nyt]}
 * @param trainingTexts   how many texts it was trained on
 * @param metrics         held-out figures ({@code pearson}, {@code f1}, {@code count}), empty before evaluation
 * @param trainingMillis  how long training took, choices included
 */
public record SentimentModelInfo(String features, SentimentHyperParameters hyperParameters, String selection,
        List<String> trainedOn, int trainingTexts, Map<String, Double> metrics, long trainingMillis) {

    /** The file's name in a model directory. */
    public static final String FILE = "model.json";
    /** The layout of {@code model.json} this class reads and writes. */
    public static final String FORMAT = "sentiment-model/1";

    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    /** Copies the lists and map so the record stays immutable. */
    public SentimentModelInfo {
        trainedOn = List.copyOf(trainedOn);
        metrics = Map.copyOf(metrics);
    }

    /** @return the same, with held-out metrics */
    public SentimentModelInfo withMetrics(Map<String, Double> heldOut) {
        return new SentimentModelInfo(features, hyperParameters, selection, trainedOn, trainingTexts, heldOut,
                trainingMillis);
    }

    /** @return the training corpora as the registry names them, e.g. {@code vader:amazon,movies,nyt} */
    public String trainedOnLabel() {
        return "vader:" + String.join(",", trainedOn);
    }

    /**
     * @param dir a model directory
     * @throws IOException when the file cannot be written
     */
    public void write(Path dir) throws IOException {
        ObjectNode root = JSON.createObjectNode();
        root.put("format", FORMAT);
        root.put("features", features);
        ObjectNode hp = root.putObject("hyperParameters");
        hp.put("hidden", hyperParameters.hidden());
        hp.put("epochs", hyperParameters.epochs());
        hp.put("batchSize", hyperParameters.batchSize());
        hp.put("learningRate", hyperParameters.learningRate());
        hp.put("weightDecay", hyperParameters.weightDecay());
        hp.put("blend", hyperParameters.blend());
        hp.put("seed", hyperParameters.seed());
        root.put("selection", selection);
        trainedOn.forEach(root.putArray("trainedOn")::add);
        root.put("trainingTexts", trainingTexts);
        root.put("trainingMillis", trainingMillis);
        ObjectNode m = root.putObject("metrics");
        new TreeMap<>(metrics).forEach(m::put);
        Files.writeString(dir.resolve(FILE), JSON.writeValueAsString(root) + "\n");
    }

    /**
     * @param dir a model directory
     * @return what its {@code model.json} says
     * @throws IOException              when the file cannot be read
     * @throws IllegalArgumentException when it is not in {@value #FORMAT}
     */
    public static SentimentModelInfo read(Path dir) throws IOException {
        JsonNode root = JSON.readTree(dir.resolve(FILE).toFile());
        if (!FORMAT.equals(root.path("format").asText())) {
            throw new IllegalArgumentException(dir.resolve(FILE) + " is not " + FORMAT + ": " + root.path("format"));
        }
        JsonNode hp = root.path("hyperParameters");
        SentimentHyperParameters parameters = new SentimentHyperParameters(hp.path("hidden").asInt(),
                hp.path("epochs").asInt(), hp.path("batchSize").asInt(), (float) hp.path("learningRate").asDouble(),
                (float) hp.path("weightDecay").asDouble(), hp.path("blend").asDouble(), hp.path("seed").asInt());
        List<String> corpora = new ArrayList<>();
        root.path("trainedOn").forEach(n -> corpora.add(n.asText()));
        Map<String, Double> metrics = new LinkedHashMap<>();
        root.path("metrics").properties().forEach(e -> metrics.put(e.getKey(), e.getValue().asDouble()));
        return new SentimentModelInfo(root.path("features").asText(), parameters, root.path("selection").asText(),
                corpora, root.path("trainingTexts").asInt(), metrics, root.path("trainingMillis").asLong());
    }
}
