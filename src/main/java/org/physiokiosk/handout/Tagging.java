package org.physiokiosk.handout;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDNumberTreeNode;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDAttributeObject;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDMarkInfo;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDMarkedContentReference;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDParentTreeValue;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureElement;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureTreeRoot;
import org.apache.pdfbox.pdmodel.documentinterchange.taggedpdf.StandardStructureTypes;

/**
 * The structure tree of a tagged PDF (PDF/UA): a Document element, its children in reading order, and for
 * every page the parent tree that maps a marked-content id back to the element that owns it. Elements are
 * made when their content is drawn (see {@link Node}), so the tree's order is the drawing order, which is the
 * reading order.
 */
final class Tagging {

    private final PDStructureTreeRoot root = new PDStructureTreeRoot();
    private final Node document;
    private final Map<PDPage, List<PDStructureElement>> owners = new HashMap<>();
    private final List<PDPage> pageOrder = new ArrayList<>();

    Tagging(PDDocument pdf) {
        pdf.getDocumentCatalog().setStructureTreeRoot(root);
        PDMarkInfo markInfo = new PDMarkInfo();
        markInfo.setMarked(true);
        pdf.getDocumentCatalog().setMarkInfo(markInfo);
        PDStructureElement element = new PDStructureElement(StandardStructureTypes.DOCUMENT, root);
        root.appendKid(element);
        document = new Node(element);
    }

    Node document() {
        return document;
    }

    /**
     * Gives {@code owner} the next marked-content id on {@code page} and returns it; the caller wraps the
     * page content it draws for {@code owner} in a marked-content sequence with that id.
     */
    int mark(PDPage page, PDStructureElement owner) {
        List<PDStructureElement> onPage = owners.computeIfAbsent(page, p -> {
            pageOrder.add(p);
            return new ArrayList<>();
        });
        int mcid = onPage.size();
        onPage.add(owner);
        if (owner.getPage() == null) {
            owner.setPage(page);
        }
        if (owner.getPage().getCOSObject() == page.getCOSObject()) {
            owner.appendKid(mcid);
        } else {
            PDMarkedContentReference reference = new PDMarkedContentReference();
            reference.setPage(page);
            reference.setMCID(mcid);
            owner.appendKid(reference);
        }
        return mcid;
    }

    /** Writes the parent tree; call once, after the last page is drawn. */
    void finish() {
        Map<Integer, PDParentTreeValue> numbers = new HashMap<>();
        for (int key = 0; key < pageOrder.size(); key++) {
            PDPage page = pageOrder.get(key);
            page.setStructParents(key);
            COSArray array = new COSArray();
            for (PDStructureElement owner : owners.get(page)) {
                array.add(owner);
            }
            numbers.put(key, new PDParentTreeValue(array));
        }
        PDNumberTreeNode parentTree = new PDNumberTreeNode(PDParentTreeValue.class);
        parentTree.setNumbers(numbers);
        root.setParentTree(parentTree);
        root.setParentTreeNextKey(pageOrder.size());
    }

    /**
     * A structure element that comes into being when first asked for: a block can be built (and measured)
     * long before it is drawn, and only drawing fixes its place in the reading order.
     */
    static final class Node {
        private final Node parent;
        private final String type;
        private PDStructureElement element;
        private String alt;
        private PDAttributeObject attribute;

        private Node(PDStructureElement element) {
            this.parent = null;
            this.type = element.getStructureType();
            this.element = element;
        }

        private Node(Node parent, String type) {
            this.parent = parent;
            this.type = type;
        }

        Node child(String childType) {
            return new Node(this, childType);
        }

        /** A figure's alternative text: what a screen reader says instead of the drawing. */
        Node alt(String text) {
            this.alt = text;
            return this;
        }

        /** A layout or table attribute (a header cell's scope). */
        Node attribute(PDAttributeObject value) {
            this.attribute = value;
            return this;
        }

        String type() {
            return type;
        }

        PDStructureElement element() {
            if (element == null) {
                PDStructureElement parentElement = parent.element();
                element = new PDStructureElement(type, parentElement);
                if (alt != null) {
                    element.setAlternateDescription(alt);
                }
                if (attribute != null) {
                    element.addAttribute(attribute);
                }
                parentElement.appendKid(element);
            }
            return element;
        }
    }
}
