package org.physiokiosk.handout;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.junit.jupiter.api.Test;
import org.physiokiosk.figure.Dof;
import org.physiokiosk.figure.FigureDrawings;
import org.physiokiosk.figure.JointAngles;
import org.physiokiosk.figure.Pose;
import org.physiokiosk.figure.Prop;
import org.physiokiosk.figure.View;

class PdfFigurePainterTest {

    @Test
    void figureGoesOnThePageAsVectorPathsNotAnImage() throws IOException {
        Pose lying = Pose.of(
                "lying",
                View.SIDE,
                Prop.MAT,
                JointAngles.of(Map.of(
                        Dof.BODY_PITCH,
                        -90.0,
                        Dof.LEFT_HIP_FLEX,
                        45.0,
                        Dof.RIGHT_HIP_FLEX,
                        45.0,
                        Dof.LEFT_KNEE_FLEX,
                        114.0,
                        Dof.RIGHT_KNEE_FLEX,
                        114.0)));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (PDDocument document = new PDDocument()) {
            PDPage page = new PDPage(PDRectangle.A4);
            document.addPage(page);
            try (PDPageContentStream content =
                    new PDPageContentStream(document, page, PDPageContentStream.AppendMode.OVERWRITE, false)) {
                new PdfFigurePainter(content, PDRectangle.A4.getHeight())
                        .paint(FigureDrawings.still(lying, false), 50, 50, 300, 200);
            }
            document.save(out);
        }
        try (PDDocument reread = Loader.loadPDF(out.toByteArray())) {
            PDPage page = reread.getPage(0);
            assertThat(page.getResources().getXObjectNames()).as("no images").isEmpty();
            String ops;
            try (var stream = page.getContents()) {
                ops = new String(stream.readAllBytes(), StandardCharsets.ISO_8859_1);
            }
            assertThat(ops.split(" c\n", -1).length - 1).as("curves").isGreaterThan(60);
            assertThat(ops).contains(" m\n").contains("\nB\n");
            assertThat(ops).doesNotContain("BI").doesNotContain(" Do\n");
        }
    }
}
