package org.physiokiosk.content;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * The fields of an object that hold lists ({@code [...]}): the list itself is checked once (present, a list, not
 * empty when it must hold something), then each element on its own, so one bad element is reported at its index
 * and the good ones are still read. Split from {@link JsonFields}, which finds the field and knows its place; the
 * checks of one element are {@link FieldValues}' and {@link LocalizedTextReader}'s.
 */
final class ListFields {

    private ListFields() {}

    /** A list of texts; an absent optional list is empty. */
    static List<LocalizedText> texts(JsonFields owner, String field, boolean required) {
        List<LocalizedText> texts = new ArrayList<>();
        forEachElement(owner, field, required, 1, (element, index) -> {
            LocalizedText text = LocalizedTextReader.read(element, owner, field, index);
            if (text != null) {
                texts.add(text);
            }
        });
        return texts;
    }

    /** A list of ids, each checked for form; whether they exist is checked once everything is loaded. */
    static List<String> ids(JsonFields owner, String field, boolean required) {
        List<String> ids = new ArrayList<>();
        forEachElement(owner, field, required, 1, (element, index) -> {
            if (element instanceof String id && Ids.isId(id)) {
                ids.add(id);
            } else {
                owner.file()
                        .error(
                                owner.place(field, index),
                                "'" + field + "' must list ids, found " + JsonTree.show(element) + ": an id "
                                        + Ids.RULE);
            }
        });
        return ids;
    }

    /** The chosen constants as an immutable set, made once: the record that keeps it need not copy it again. */
    @SuppressWarnings("unchecked")
    static <E extends Enum<E>> Set<E> choices(JsonFields owner, String field, Class<E> type, boolean required) {
        Set<E> chosen = EnumSet.noneOf(type);
        forEachElement(owner, field, required, 1, (element, index) -> {
            E value = FieldValues.choice(element, owner, field, index, type);
            if (value != null) {
                chosen.add(value);
            }
        });
        return Set.of((E[]) chosen.toArray(new Enum<?>[0]));
    }

    /** A list of plain texts, each one of {@code allowed}; an absent list is empty (it is never required). */
    static List<String> namesFrom(JsonFields owner, String field, List<String> allowed) {
        List<String> names = new ArrayList<>();
        forEachElement(owner, field, false, 0, (element, index) -> {
            if (element instanceof String name && allowed.contains(name)) {
                names.add(name);
            } else {
                owner.file()
                        .error(
                                owner.place(field, index),
                                "'" + field + "' may only name " + String.join(", ", allowed) + ", found "
                                        + JsonTree.show(element));
            }
        });
        return names;
    }

    /** The objects of a list, each read through a {@link JsonFields} of its own that knows its index. */
    static List<JsonFields> objects(JsonFields owner, String field, boolean required) {
        List<JsonFields> objects = new ArrayList<>();
        forEachElement(owner, field, required, 1, (element, index) -> {
            if (element instanceof JsonObject object) {
                objects.add(owner.child(object, field, index));
            } else {
                owner.file().error(owner.place(field, index), "each entry of '" + field + "' must be an object {...}");
            }
        });
        return objects;
    }

    private interface ElementVisitor {
        void visit(Object element, int index);
    }

    /**
     * One visitor per kind of list rather than a loop in each method: the third pass measured loops of their own
     * and they were no faster, only longer.
     */
    private static void forEachElement(
            JsonFields owner, String field, boolean required, int minimum, ElementVisitor visitor) {
        Object value = required ? owner.require(field) : owner.given(field);
        if (value == null) {
            return;
        }
        if (!(value instanceof JsonArray list)) {
            owner.error(field, "'" + field + "' must be a list [...]");
            return;
        }
        if (list.size() < minimum && required) {
            owner.error(field, "'" + field + "' must not be empty");
            return;
        }
        for (int i = 0; i < list.size(); i++) {
            visitor.visit(list.get(i), i);
        }
    }
}
