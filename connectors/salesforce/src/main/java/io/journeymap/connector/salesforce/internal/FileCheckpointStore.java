package io.journeymap.connector.salesforce.internal;

import io.journeymap.connector.common.CheckpointStore;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.Optional;

/**
 * Checkpoints as one small file per key in a folder (by default under {@code ${karaf.data}}), each
 * written to a temporary file, forced to disk and renamed over the old one: a crash leaves the old
 * checkpoint or the new one, never half of either.
 *
 * <p>A stand-in until the durable connector-checkpoint service lands: it implements connector-common's
 * {@link CheckpointStore}, the seam {@link SalesforceConnector} takes, so switching is one line there.
 */
final class FileCheckpointStore implements CheckpointStore {

    private final Path dir;

    /** @param dir the folder; created when missing */
    FileCheckpointStore(Path dir) {
        this.dir = dir;
    }

    @Override
    public Optional<String> get(String key) {
        Path file = file(key);
        try {
            return Files.exists(file) ? Optional.of(Files.readString(file, StandardCharsets.UTF_8)) : Optional.empty();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read checkpoint " + file, e);
        }
    }

    @Override
    public void put(String key, String value) {
        Path file = file(key);
        Path tmp = file.resolveSibling(file.getFileName() + ".tmp");
        try {
            Files.createDirectories(dir);
            try (FileChannel ch = FileChannel.open(tmp, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                    StandardOpenOption.TRUNCATE_EXISTING)) {
                ch.write(java.nio.ByteBuffer.wrap(value.getBytes(StandardCharsets.UTF_8)));
                ch.force(true);
            }
            Files.move(tmp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write checkpoint " + file, e);
        }
    }

    /** Keys such as {@code salesforce/acme/Lead} become safe file names. */
    private Path file(String key) {
        return dir.resolve(key.replaceAll("[^A-Za-z0-9._-]", "_") + ".json");
    }
}
