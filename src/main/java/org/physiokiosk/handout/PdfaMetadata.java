package org.physiokiosk.handout;

import java.awt.color.ColorSpace;
import java.awt.color.ICC_Profile;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentCatalog;
import org.apache.pdfbox.pdmodel.common.PDMetadata;
import org.apache.pdfbox.pdmodel.graphics.color.PDOutputIntent;
import org.apache.pdfbox.pdmodel.interactive.viewerpreferences.PDViewerPreferences;

/**
 * What makes the file PDF/A-2b and PDF/UA-1 besides its tags: XMP metadata that names both (with the
 * extension schema PDF/A demands for the pdfuaid property), the title shown in the viewer's title bar, the
 * document language, and an sRGB output intent. Only the program's title goes in: never the patient's name.
 */
final class PdfaMetadata {

    static final String PDFUA_NAMESPACE = "http://www.aiim.org/pdfua/ns/id/";
    static final String PDFUA_PREFIX = "pdfuaid";
    private static final String SRGB = "sRGB IEC61966-2.1";

    private PdfaMetadata() {}

    static void apply(PDDocument pdf, String title, String language) throws IOException {
        PDDocumentCatalog catalog = pdf.getDocumentCatalog();
        catalog.setLanguage(language);
        PDViewerPreferences preferences = new PDViewerPreferences(new COSDictionary());
        preferences.setDisplayDocTitle(true);
        catalog.setViewerPreferences(preferences);
        pdf.getDocumentInformation().setTitle(title);

        PDMetadata metadata = new PDMetadata(pdf);
        metadata.importXMPMetadata(xmp(title));
        catalog.setMetadata(metadata);

        PDOutputIntent intent = new PDOutputIntent(
                pdf,
                new ByteArrayInputStream(
                        ICC_Profile.getInstance(ColorSpace.CS_sRGB).getData()));
        intent.setInfo(SRGB);
        intent.setOutputCondition(SRGB);
        intent.setOutputConditionIdentifier(SRGB);
        intent.setRegistryName("http://www.color.org");
        catalog.addOutputIntent(intent);
    }

    /**
     * The XMP packet, written as text. It was built with xmpbox, whose serializer asks JAXP for a new
     * TransformerFactory on every handout: a service lookup across the class path that was a third of a warm
     * export, and about 300 classes (xmpbox, DOM, XSLTC) loaded in a cold one. The packet is fixed but for
     * the title; veraPDF checks the result in HandoutPdfaTest.
     */
    static byte[] xmp(String title) {
        return XMP.replace("{TITLE}", xmlText(title)).getBytes(StandardCharsets.UTF_8);
    }

    /** The title as XML character data: markup escaped, characters XML 1.0 cannot hold replaced by U+FFFD. */
    static String xmlText(String text) {
        StringBuilder out = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean pairedSurrogate = Character.isHighSurrogate(c)
                    && i + 1 < text.length()
                    && Character.isLowSurrogate(text.charAt(i + 1));
            if (pairedSurrogate) {
                out.append(c).append(text.charAt(++i));
            } else if (c == '&') {
                out.append("&amp;");
            } else if (c == '<') {
                out.append("&lt;");
            } else if (c == '>') {
                out.append("&gt;");
            } else if (c < 0x20 && c != '\t' && c != '\n' && c != '\r'
                    || Character.isSurrogate(c)
                    || c == 0xFFFE
                    || c == 0xFFFF) {
                out.append('\uFFFD');
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }

    /**
     * PDF/A-2b and PDF/UA-1 identification, the title, and the extension schema PDF/A demands for the
     * pdfuaid property (rule 6.6.2.3.1). The same packet xmpbox wrote, property for property.
     */
    private static final String XMP = """
            <?xpacket begin="\uFEFF" id="W5M0MpCehiHzreSzNTczkc9d"?><x:xmpmeta xmlns:x="adobe:ns:meta/">
              <rdf:RDF xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:pdfaProperty="http://www.aiim.org/pdfa/ns/property#" \
            xmlns:pdfaSchema="http://www.aiim.org/pdfa/ns/schema#" xmlns:pdfaid="http://www.aiim.org/pdfa/ns/id/" \
            xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">
                <rdf:Description rdf:about="">
                  <dc:title>
                    <rdf:Alt>
                      <rdf:li xml:lang="x-default">{TITLE}</rdf:li>
                    </rdf:Alt>
                  </dc:title>
                </rdf:Description>
                <rdf:Description rdf:about="">
                  <pdfaid:part>2</pdfaid:part>
                  <pdfaid:conformance>B</pdfaid:conformance>
                </rdf:Description>
                <rdf:Description xmlns:pdfuaid="%1$s" rdf:about="">
                  <pdfuaid:part>1</pdfuaid:part>
                </rdf:Description>
                <rdf:Description xmlns:pdfaExtension="http://www.aiim.org/pdfa/ns/extension/" rdf:about="">
                  <pdfaExtension:schemas>
                    <rdf:Bag>
                      <rdf:li rdf:parseType="Resource">
                        <pdfaSchema:schema>PDF/UA identification schema</pdfaSchema:schema>
                        <pdfaSchema:namespaceURI>%1$s</pdfaSchema:namespaceURI>
                        <pdfaSchema:prefix>%2$s</pdfaSchema:prefix>
                        <pdfaSchema:property>
                          <rdf:Seq>
                            <rdf:li rdf:parseType="Resource">
                              <pdfaProperty:name>part</pdfaProperty:name>
                              <pdfaProperty:valueType>Integer</pdfaProperty:valueType>
                              <pdfaProperty:category>internal</pdfaProperty:category>
                              <pdfaProperty:description>Part of ISO 14289 the file conforms to</pdfaProperty:description>
                            </rdf:li>
                          </rdf:Seq>
                        </pdfaSchema:property>
                      </rdf:li>
                    </rdf:Bag>
                  </pdfaExtension:schemas>
                </rdf:Description>
              </rdf:RDF>
            </x:xmpmeta><?xpacket end="w"?>
            """.formatted(PDFUA_NAMESPACE, PDFUA_PREFIX);
}
