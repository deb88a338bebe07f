package org.physiokiosk.handout;

import java.awt.color.ColorSpace;
import java.awt.color.ICC_Profile;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentCatalog;
import org.apache.pdfbox.pdmodel.common.PDMetadata;
import org.apache.pdfbox.pdmodel.graphics.color.PDOutputIntent;
import org.apache.pdfbox.pdmodel.interactive.viewerpreferences.PDViewerPreferences;
import org.apache.xmpbox.XMPMetadata;
import org.apache.xmpbox.schema.DublinCoreSchema;
import org.apache.xmpbox.schema.PDFAExtensionSchema;
import org.apache.xmpbox.schema.PDFAIdentificationSchema;
import org.apache.xmpbox.schema.XMPSchema;
import org.apache.xmpbox.type.ArrayProperty;
import org.apache.xmpbox.type.BadFieldValueException;
import org.apache.xmpbox.type.Cardinality;
import org.apache.xmpbox.type.PDFAPropertyType;
import org.apache.xmpbox.type.PDFASchemaType;
import org.apache.xmpbox.xml.XmpSerializer;

/**
 * What makes the file PDF/A-2b and PDF/UA-1 besides its tags: XMP metadata that names both (with the
 * extension schema PDF/A demands for the pdfuaid property), the title shown in the viewer's title bar, the
 * document language, and an sRGB output intent. Only the program's title goes in: never the patient's name.
 */
final class PdfaMetadata {

    static final String PDFUA_NAMESPACE = "http://www.aiim.org/pdfua/ns/id/";
    static final String PDFUA_PREFIX = "pdfuaid";
    private static final String SRGB = "sRGB IEC61966-2.1";

    private PdfaMetadata() {
    }

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

        PDOutputIntent intent = new PDOutputIntent(pdf,
                new ByteArrayInputStream(ICC_Profile.getInstance(ColorSpace.CS_sRGB).getData()));
        intent.setInfo(SRGB);
        intent.setOutputCondition(SRGB);
        intent.setOutputConditionIdentifier(SRGB);
        intent.setRegistryName("http://www.color.org");
        catalog.addOutputIntent(intent);
    }

    static byte[] xmp(String title) throws IOException {
        XMPMetadata xmp = XMPMetadata.createXMPMetadata();
        DublinCoreSchema dc = xmp.createAndAddDublinCoreSchema();
        dc.setTitle(title);
        PDFAIdentificationSchema pdfa = xmp.createAndAddPDFAIdentificationSchema();
        pdfa.setPart(2);
        try {
            pdfa.setConformance("B");
        } catch (BadFieldValueException e) {
            throw new IllegalStateException(e);
        }
        XMPSchema pdfua = new XMPSchema(xmp, PDFUA_NAMESPACE, PDFUA_PREFIX, "PDF/UA identification");
        pdfua.setIntegerPropertyValueAsSimple("part", 1);
        xmp.addSchema(pdfua);
        xmp.addSchema(extensionSchema(xmp));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            new XmpSerializer().serialize(xmp, out, true);
        } catch (javax.xml.transform.TransformerException e) {
            throw new IOException("cannot write the XMP metadata", e);
        }
        return out.toByteArray();
    }

    /** PDF/A allows only known XMP properties: pdfuaid:part must be declared in an extension schema. */
    private static PDFAExtensionSchema extensionSchema(XMPMetadata xmp) {
        PDFAExtensionSchema extension = new PDFAExtensionSchema(xmp);
        PDFASchemaType schema = new PDFASchemaType(xmp);
        schema.addProperty(schema.createTextType(PDFASchemaType.SCHEMA, "PDF/UA identification schema"));
        schema.addProperty(schema.createTextType(PDFASchemaType.NAMESPACE_URI, PDFUA_NAMESPACE));
        schema.addProperty(schema.createTextType(PDFASchemaType.PREFIX, PDFUA_PREFIX));
        PDFAPropertyType part = new PDFAPropertyType(xmp);
        part.addProperty(part.createTextType(PDFAPropertyType.NAME, "part"));
        part.addProperty(part.createTextType(PDFAPropertyType.VALUETYPE, "Integer"));
        part.addProperty(part.createTextType(PDFAPropertyType.CATEGORY, "internal"));
        part.addProperty(part.createTextType(PDFAPropertyType.DESCRIPTION, "Part of ISO 14289 the file conforms to"));
        ArrayProperty properties = schema.createArrayProperty(PDFASchemaType.PROPERTY, Cardinality.Seq);
        properties.getContainer().addProperty(part);
        schema.addProperty(properties);
        extension.addBagValue(PDFAExtensionSchema.SCHEMAS, schema);
        return extension;
    }
}
