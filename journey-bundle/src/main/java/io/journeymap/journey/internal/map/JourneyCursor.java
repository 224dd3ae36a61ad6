package io.journeymap.journey.internal.map;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

/**
 * Where one person stands in their current journey: what the folder needs to turn the next
 * touchpoint into transitions, stage moves and, at the end, a path and its credits. One row per
 * person in {@code journey_cursor}; personal data (it names the profile), erased with the person.
 */
final class JourneyCursor {

    /** Most touches kept for paths and credits; beyond it the oldest after the first are dropped. */
    static final int MAX_TOUCHES = 64;

    /** One touch of the journey. */
    record Touch(String type, long epochMillis) {
    }

    final String profileId;
    boolean open;
    /** the newest touch seen, open journey or not: older arrivals are late */
    long lastMillis = Long.MIN_VALUE;
    /** when (wall time) a touch was last folded in; kept in its own column, not in the state */
    long touchedMillis;
    long startMillis;
    int stage;
    long stageSinceMillis;
    final List<String> typeHistory = new ArrayList<>();
    final List<String> channelHistory = new ArrayList<>();
    final List<Touch> touches = new ArrayList<>();
    /** the segment keys the journey belongs to, {@code *} first */
    final List<String> segments = new ArrayList<>();

    JourneyCursor(String profileId) {
        this.profileId = profileId;
    }

    String lastType() {
        return touches.isEmpty() ? Keys.START : touches.get(touches.size() - 1).type();
    }

    void addTouch(String type, long millis) {
        if (touches.size() == MAX_TOUCHES) {
            touches.remove(1);
        }
        touches.add(new Touch(type, millis));
    }

    static void push(List<String> history, String state, int order) {
        history.add(state);
        while (history.size() > order) {
            history.remove(0);
        }
    }

    void reset() {
        open = false;
        typeHistory.clear();
        channelHistory.clear();
        touches.clear();
        segments.clear();
        stage = 0;
    }

    byte[] write() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(256);
        try (DataOutputStream out = new DataOutputStream(bytes)) {
            out.writeBoolean(open);
            out.writeLong(lastMillis);
            out.writeLong(startMillis);
            out.writeInt(stage);
            out.writeLong(stageSinceMillis);
            writeList(out, typeHistory);
            writeList(out, channelHistory);
            writeList(out, segments);
            out.writeInt(touches.size());
            for (Touch t : touches) {
                out.writeUTF(t.type());
                out.writeLong(t.epochMillis());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    static JourneyCursor read(String profileId, byte[] data) {
        JourneyCursor c = new JourneyCursor(profileId);
        try (DataInputStream in = new DataInputStream(new ByteArrayInputStream(data))) {
            c.open = in.readBoolean();
            c.lastMillis = in.readLong();
            c.startMillis = in.readLong();
            c.stage = in.readInt();
            c.stageSinceMillis = in.readLong();
            readList(in, c.typeHistory);
            readList(in, c.channelHistory);
            readList(in, c.segments);
            for (int i = in.readInt(); i > 0; i--) {
                c.touches.add(new Touch(in.readUTF(), in.readLong()));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return c;
    }

    private static void writeList(DataOutputStream out, List<String> list) throws IOException {
        out.writeInt(list.size());
        for (String s : list) {
            out.writeUTF(s);
        }
    }

    private static void readList(DataInputStream in, List<String> list) throws IOException {
        for (int i = in.readInt(); i > 0; i--) {
            list.add(in.readUTF());
        }
    }
}
