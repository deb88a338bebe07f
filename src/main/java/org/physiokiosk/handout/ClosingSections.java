package org.physiokiosk.handout;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.StringJoiner;
import org.physiokiosk.content.Advice;
import org.physiokiosk.content.Catalog;
import org.physiokiosk.content.Exercise;
import org.physiokiosk.content.Source;

/**
 * The sections after the exercises: the general advice for exercising, the disclaimer, and the sources the
 * printed exercises were written from, in small type.
 */
final class ClosingSections {

    private ClosingSections() {}

    /** The general advice, a heading and a bulleted list that may go on over a page break. */
    static void placeAdvice(
            PageFlow flow,
            Catalog catalog,
            String language,
            HandoutWords words,
            HandoutFonts fonts,
            Tagging.Node document)
            throws IOException {
        float x = HandoutStyle.MARGIN_X;
        float width = HandoutStyle.WIDTH;
        Paragraph.Type body = new Paragraph.Type(fonts.regular(), HandoutStyle.BODY, HandoutStyle.TEXT);
        Paragraph.Type h2 = new Paragraph.Type(fonts.bold(), HandoutStyle.H2, HandoutStyle.ACCENT);
        if (!catalog.advice().isEmpty()) {
            Tagging.Node section = document.child("Sect");
            Block heading = new Paragraph(section.child("H2"), words.get("advice.heading"), h2, x, width, 6);
            Tagging.Node list = section.child("L");
            List<Block> items = new ArrayList<>();
            for (Advice advice : catalog.advice().values()) {
                items.add(new ListItem(list, "•", advice.text().in(language), body, x, width, 16, 4));
            }
            // The heading never stands at a page's foot with one tip, nor the last tip alone at a page's top.
            flow.placeList(Optional.of(heading), items);
            flow.place(12);
        }
    }

    /** The disclaimer and the sources the printed exercises were written from. */
    static void placeEndMatter(
            PageFlow flow,
            Catalog catalog,
            List<Exercise> exercises,
            String language,
            HandoutWords words,
            HandoutFonts fonts,
            Tagging.Node document)
            throws IOException {
        float x = HandoutStyle.MARGIN_X;
        float width = HandoutStyle.WIDTH;
        if (catalog.disclaimer().isPresent()) {
            flow.place(
                    16,
                    new Paragraph(
                            document.child("P"),
                            catalog.disclaimer().get().in(language),
                            new Paragraph.Type(fonts.regular(), 12, HandoutStyle.MUTED),
                            x,
                            width,
                            0));
        }

        Set<String> cited = new LinkedHashSet<>();
        exercises.forEach(exercise -> cited.addAll(exercise.sources()));
        List<Source> sources = cited.stream()
                .map(catalog.sources()::get)
                .filter(s -> s != null)
                .toList();
        if (!sources.isEmpty()) {
            Tagging.Node section = document.child("Sect");
            Stack block = new Stack()
                    .add(new Paragraph(
                            section.child("H2"),
                            words.get("sources.heading"),
                            new Paragraph.Type(fonts.bold(), 12, HandoutStyle.MUTED),
                            x,
                            width,
                            2));
            Paragraph.Type small = new Paragraph.Type(fonts.regular(), HandoutStyle.SMALL, HandoutStyle.MUTED);
            for (Source source : sources) {
                block.add(new Paragraph(section.child("P"), describe(source), small, x, width, 1));
            }
            flow.place(0, block);
        }
    }

    /** "Title. Author or publisher, date." */
    static String describe(Source source) {
        StringJoiner who = new StringJoiner(", ");
        source.author().ifPresent(who::add);
        source.publisher().ifPresent(who::add);
        source.date().ifPresent(who::add);
        return who.length() == 0 ? source.title() : source.title() + ". " + who;
    }
}
