package org.physiokiosk.content;

/**
 * The items of the files that hold many of them ({@code sources.json}, {@code red-flags.json},
 * {@code advice.json}). In those files a bad item is skipped on its own, so one typo cannot hide every
 * red flag.
 */
final class ListFileReaders {

    private ListFileReaders() {}

    static Source source(JsonFields f) {
        String id = f.id();
        String title = f.string("title");
        SourceKind kind = f.choice("kind", SourceKind.class);
        var source = new Source(
                id,
                title,
                kind,
                f.optionalString("publisher"),
                f.optionalString("author"),
                f.optionalString("reviewer"),
                f.optionalString("basedOn"),
                f.optionalString("date"));
        return id == null || title == null || kind == null ? null : source;
    }

    static RedFlag redFlag(JsonFields f) {
        var flag = new RedFlag(
                f.id(),
                f.choice("urgency", Urgency.class),
                f.text("text"),
                f.optionalText("action"),
                f.idList("sources", true));
        return flag.id() == null || flag.urgency() == null || flag.text() == null ? null : flag;
    }

    static Advice advice(JsonFields f) {
        var advice = new Advice(f.id(), f.text("text"), f.idList("sources", true));
        return advice.id() == null || advice.text() == null ? null : advice;
    }
}
