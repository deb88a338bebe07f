package org.physiokiosk.content;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The ids read from one folder, kind by kind; an id that comes twice within a kind leaves both items out. */
final class DuplicateIds {

    private DuplicateIds() {}

    /** The items of one kind read so far from this folder, and which of their ids came more than once. */
    static final class Items<T> {
        private final Map<String, Located<T>> into;
        private final Map<String, Located<T>> duplicated = new HashMap<>();

        Items(Map<String, Located<T>> into) {
            this.into = into;
        }

        /**
         * Two items of one kind with one id in one folder are both errors and both left out: which one the author
         * meant is not for the order of file names to decide.
         */
        void put(String id, Located<T> located) {
            Located<T> earlier = into.putIfAbsent(id, located); // one lookup: a thousand ids per folder
            if (earlier == null) {
                return;
            }
            located.error(
                    JsonPath.ROOT.property("id"),
                    "duplicate id '" + id + "': also defined in " + where(earlier, located) + "; neither is loaded");
            if (duplicated.putIfAbsent(id, earlier) == null) {
                earlier.error(
                        JsonPath.ROOT.property("id"),
                        "duplicate id '" + id + "': also defined in " + where(located, earlier)
                                + "; neither is loaded");
            }
        }

        private static String where(Located<?> other, Located<?> self) {
            return other.file() == self.file()
                    ? "this file at " + other.at()
                    : other.file().name();
        }

        void dropAll() {
            duplicated.keySet().forEach(into::remove);
        }
    }

    static final class Duplicates {
        private final List<Items<?>> all = new ArrayList<>();

        <T> Items<T> of(Map<String, Located<T>> into) {
            Items<T> items = new Items<>(into);
            all.add(items);
            return items;
        }

        void dropAll() {
            all.forEach(Items::dropAll);
        }
    }
}
