package io.journeymap.journey.internal.map;

import com.tdunning.math.stats.AVLTreeDigest;
import com.tdunning.math.stats.TDigest;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.util.Map;
import java.util.zip.DeflaterOutputStream;
import java.util.zip.InflaterInputStream;

/**
 * A {@link DayBucket} as bytes for its row in {@code journey_bucket}: a version, then the counts,
 * credits, digests (t-digest's own small encoding) and paths, deflated (keys repeat a lot).
 */
final class BucketCodec {

    private static final int VERSION = 2;

    private BucketCodec() {
    }

    static byte[] write(DayBucket b) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(4096);
        // the fastest deflate level: a flush rewrites every bucket it touches, and the keys compress
        // well at any level
        java.util.zip.Deflater deflater = new java.util.zip.Deflater(java.util.zip.Deflater.BEST_SPEED);
        try (DataOutputStream out = new DataOutputStream(new DeflaterOutputStream(bytes, deflater))) {
            out.writeByte(VERSION);
            out.writeInt(b.counts.size());
            for (Map.Entry<String, Long> e : b.counts.entrySet()) {
                out.writeUTF(e.getKey());
                out.writeLong(e.getValue());
            }
            out.writeInt(b.credits.size());
            for (Map.Entry<String, Double> e : b.credits.entrySet()) {
                out.writeUTF(e.getKey());
                out.writeDouble(e.getValue());
            }
            out.writeInt(b.digests.size());
            for (Map.Entry<String, TDigest> e : b.digests.entrySet()) {
                ByteBuffer buf = ByteBuffer.allocate(e.getValue().smallByteSize());
                e.getValue().asSmallBytes(buf);
                out.writeUTF(e.getKey());
                out.writeInt(buf.position());
                out.write(buf.array(), 0, buf.position());
            }
            out.writeInt(b.paths.size());
            for (Map.Entry<String, long[]> e : b.paths.entrySet()) {
                out.writeUTF(e.getKey());
                out.writeLong(e.getValue()[0]);
                out.writeLong(e.getValue()[1]);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            deflater.end();
        }
        return bytes.toByteArray();
    }

    static DayBucket read(byte[] data) {
        return read(data, key -> true);
    }

    /**
     * @param digests which digests to decode: decoding them is most of a read, and most questions
     *                need none or only the stall times
     */
    static DayBucket read(byte[] data, java.util.function.Predicate<String> digests) {
        DayBucket b = new DayBucket();
        try (DataInputStream in = new DataInputStream(new InflaterInputStream(new ByteArrayInputStream(data)))) {
            int version = in.readByte();
            if (version != VERSION) {
                throw new IllegalStateException("journey_bucket row written by an unknown version " + version);
            }
            for (int i = in.readInt(); i > 0; i--) {
                b.counts.put(in.readUTF(), in.readLong());
            }
            for (int i = in.readInt(); i > 0; i--) {
                b.credits.put(in.readUTF(), in.readDouble());
            }
            for (int i = in.readInt(); i > 0; i--) {
                String key = in.readUTF();
                byte[] digest = new byte[in.readInt()];
                in.readFully(digest);
                if (digests.test(key)) {
                    b.digests.put(key, AVLTreeDigest.fromBytes(ByteBuffer.wrap(digest)));
                }
            }
            for (int i = in.readInt(); i > 0; i--) {
                b.paths.put(in.readUTF(), new long[] {in.readLong(), in.readLong()});
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return b;
    }
}
