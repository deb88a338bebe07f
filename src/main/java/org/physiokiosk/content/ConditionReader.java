package org.physiokiosk.content;

/** Builds a {@link Condition} from its file. */
final class ConditionReader {

    private ConditionReader() {}

    static Condition read(JsonFields f) {
        var condition = new Condition(
                f.id(),
                f.text("title"),
                f.text("summary"),
                f.textList("whatItIs", true),
                f.textList("symptoms", true),
                f.textList("causes", true),
                f.textList("whatHelps", true),
                f.idList("exercises", true),
                f.idList("redFlags", true),
                f.idList("sources", true));
        return condition.id() == null || condition.title() == null || condition.summary() == null ? null : condition;
    }
}
