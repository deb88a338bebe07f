package org.physiokiosk.handout;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;

/** The XMP packet is written as text: it must stay well-formed XML whatever the program's title holds. */
class PdfaMetadataTest {

    @Test
    void theTitleComesBackFromTheXmlExactlyWithMarkupEscaped() throws Exception {
        String title = "Rug & <nek> \"oefeningen\" 'x' é 😀";
        assertThat(titleIn(PdfaMetadata.xmp(title))).isEqualTo(title);
    }

    @Test
    void charactersXmlCannotHoldAreReplacedNotWritten() throws Exception {
        assertThat(titleIn(PdfaMetadata.xmp("a\u0001b\uD800c"))).isEqualTo("a\uFFFDb\uFFFDc");
    }

    @Test
    void namesPdfaPartTwoAndPdfuaPartOneWithTheExtensionSchema() {
        String xmp = new String(PdfaMetadata.xmp("T"), java.nio.charset.StandardCharsets.UTF_8);
        assertThat(xmp)
                .startsWith("<?xpacket begin=\"\uFEFF\"")
                .contains("<pdfaid:part>2</pdfaid:part>")
                .contains("<pdfaid:conformance>B</pdfaid:conformance>")
                .contains("<pdfuaid:part>1</pdfuaid:part>")
                .contains("<pdfaSchema:namespaceURI>http://www.aiim.org/pdfua/ns/id/</pdfaSchema:namespaceURI>");
    }

    private static String titleIn(byte[] xmp) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        Document document = factory.newDocumentBuilder().parse(new ByteArrayInputStream(xmp));
        return document.getElementsByTagNameNS("http://www.w3.org/1999/02/22-rdf-syntax-ns#", "li")
                .item(0)
                .getTextContent();
    }
}
