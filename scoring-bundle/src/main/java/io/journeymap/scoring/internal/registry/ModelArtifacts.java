package io.journeymap.scoring.internal.registry;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

/**
 * A saved model directory as one text value for the store (zip, base64), and back. Only plain files
 * directly in the directory are kept: a model directory is flat (parameters and a small json).
 */
public final class ModelArtifacts {

    private ModelArtifacts() {
    }

    /**
     * @param dir a saved model's directory
     * @return its files, zipped and base64 encoded
     */
    public static String pack(Path dir) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes); Stream<Path> files = Files.list(dir)) {
            List<Path> sorted = files.filter(Files::isRegularFile).sorted().toList();
            for (Path f : sorted) {
                zip.putNextEntry(new ZipEntry(f.getFileName().toString()));
                Files.copy(f, zip);
                zip.closeEntry();
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot pack model directory " + dir, e);
        }
        return Base64.getEncoder().encodeToString(bytes.toByteArray());
    }

    /**
     * @param packed what {@link #pack} made
     * @param dir    an empty or missing directory to unpack into
     * @return the directory
     */
    public static Path unpack(String packed, Path dir) {
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(Base64.getDecoder().decode(packed)))) {
            Files.createDirectories(dir);
            for (ZipEntry e = zip.getNextEntry(); e != null; e = zip.getNextEntry()) {
                Path target = dir.resolve(e.getName()).normalize();
                if (!target.getParent().equals(dir.normalize()) || e.isDirectory()) {
                    throw new IOException("a model artifact holds only plain files: " + e.getName());
                }
                Files.copy(zip, target, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot unpack model into " + dir, e);
        }
        return dir;
    }
}
