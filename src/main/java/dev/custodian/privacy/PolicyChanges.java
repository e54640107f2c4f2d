package dev.custodian.privacy;

import com.github.difflib.DiffUtils;
import com.github.difflib.patch.AbstractDelta;
import com.github.difflib.patch.Chunk;
import com.github.difflib.patch.DeltaType;
import java.util.ArrayList;
import java.util.List;

/**
 * What changed from one version's text to another's, line by line (java-diff-utils): the lines
 * removed and added, each with its line number, and between them how many lines stayed the same.
 */
public final class PolicyChanges {

    /** A row of the comparison. */
    public enum Change {
        REMOVED,
        ADDED,
        UNCHANGED
    }

    /**
     * One line removed or added, or a run of {@code count} unchanged lines.
     *
     * @param before the line's number in the older text, or the run's first and last ("3–9"); empty
     *     for an added line
     * @param after the same in the newer text; empty for a removed line
     * @param text the line as written (empty for a blank line or a run)
     */
    public record Row(Change change, String before, String after, String text, int count) {

        public boolean blank() {
            return change != Change.UNCHANGED && text.isBlank();
        }
    }

    private PolicyChanges() {}

    /** The rows from {@code older} to {@code newer}; none when the texts are the same. */
    static List<Row> between(String older, String newer) {
        List<String> before = older.lines().toList();
        List<String> after = newer.lines().toList();
        List<AbstractDelta<String>> deltas = DiffUtils.diff(before, after, true).getDeltas();
        List<Row> rows = new ArrayList<>();
        if (deltas.stream().allMatch(d -> d.getType() == DeltaType.EQUAL)) {
            return rows;
        }
        for (AbstractDelta<String> delta : deltas) {
            Chunk<String> source = delta.getSource();
            Chunk<String> target = delta.getTarget();
            if (delta.getType() == DeltaType.EQUAL) {
                rows.add(
                        new Row(Change.UNCHANGED, range(source), range(target), "", source.size()));
                continue;
            }
            for (int i = 0; i < source.size(); i++) {
                rows.add(
                        new Row(
                                Change.REMOVED,
                                String.valueOf(source.getPosition() + i + 1),
                                "",
                                source.getLines().get(i),
                                1));
            }
            for (int i = 0; i < target.size(); i++) {
                rows.add(
                        new Row(
                                Change.ADDED,
                                "",
                                String.valueOf(target.getPosition() + i + 1),
                                target.getLines().get(i),
                                1));
            }
        }
        return rows;
    }

    private static String range(Chunk<String> chunk) {
        int first = chunk.getPosition() + 1;
        int last = chunk.getPosition() + chunk.size();
        return first == last ? String.valueOf(first) : first + "–" + last;
    }
}
