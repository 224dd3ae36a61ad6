package io.journeymap.scoring.internal.sentiment;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The four human-rated corpora of Hutto &amp; Gilbert (VADER, ICWSM 2014) and the reader of their
 * {@code *_GroundTruth.txt} files: tab-separated {@code id, mean rating in [-4, 4], text}, CRLF line
 * ends. Only read from a folder given at run time; none of their text belongs in the sources.
 */
public enum VaderCorpus {
    /** Social media. */
    TWEETS("tweets", "tweets_GroundTruth.txt"),
    /** Product reviews. */
    AMAZON("amazon", "amazonReviewSnippets_GroundTruth.txt"),
    /** Movie reviews. */
    MOVIES("movies", "movieReviewSnippets_GroundTruth.txt"),
    /** Opinion news. */
    NYT("nyt", "nytEditorialSnippets_GroundTruth.txt");

    /** The lexicon's file name in the same folder. */
    public static final String LEXICON_FILE = "vader_lexicon.txt";

    private static final double RATING_RANGE = 4.0;

    private final String shortName;
    private final String fileName;

    VaderCorpus(String shortName, String fileName) {
        this.shortName = shortName;
        this.fileName = fileName;
    }

    /** @return a short lower-case name, e.g. {@code tweets}, as model metadata names training corpora */
    public String shortName() {
        return shortName;
    }

    /** @return the ground-truth file's name */
    public String fileName() {
        return fileName;
    }

    /**
     * @param vaderDir the folder holding the corpora
     * @return this corpus's texts in file order
     * @throws IOException when the file cannot be read
     */
    public List<LabelledText> readFrom(Path vaderDir) throws IOException {
        return read(vaderDir.resolve(fileName));
    }

    /**
     * Reads one ground-truth file. Blank lines are skipped; a text may itself hold tabs.
     *
     * @param file a {@code *_GroundTruth.txt} file
     * @return its texts with valence = rating / 4
     * @throws IOException              when the file cannot be read
     * @throws IllegalArgumentException naming the line when one is not {@code id TAB rating TAB text}
     */
    public static List<LabelledText> read(Path file) throws IOException {
        List<LabelledText> texts = new ArrayList<>();
        int lineNumber = 0;
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            lineNumber++;
            String trimmed = line.endsWith("\r") ? line.substring(0, line.length() - 1) : line;
            if (trimmed.isBlank()) {
                continue;
            }
            String[] fields = trimmed.split("\t", 3);
            if (fields.length != 3) {
                throw new IllegalArgumentException(file + ":" + lineNumber + ": expected id, rating and text");
            }
            double rating;
            try {
                rating = Double.parseDouble(fields[1].trim());
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException(file + ":" + lineNumber + ": not a rating: " + fields[1], e);
            }
            if (!(Math.abs(rating) <= RATING_RANGE)) {
                throw new IllegalArgumentException(file + ":" + lineNumber + ": rating outside [-4, 4]: " + rating);
            }
            texts.add(new LabelledText(fields[2], rating / RATING_RANGE));
        }
        return texts;
    }

    /**
     * @param shortName e.g. {@code tweets}, any case
     * @return the corpus
     * @throws IllegalArgumentException when no corpus has that name
     */
    public static VaderCorpus byShortName(String shortName) {
        for (VaderCorpus c : values()) {
            if (c.shortName.equalsIgnoreCase(shortName.trim())) {
                return c;
            }
        }
        throw new IllegalArgumentException("no VADER corpus named " + shortName);
    }
}
