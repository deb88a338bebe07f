package org.physiokiosk.figure;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** The figure is shared by the screen and the handout, so it may depend on nothing but the JDK. */
class FigureLayerTest {

    @Test
    void figureUsesOnlyTheJdkAndTheCommonBase() {
        JavaClasses figure = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.physiokiosk.figure");
        classes()
                .that()
                .resideInAPackage("org.physiokiosk.figure..")
                .should()
                .onlyDependOnClassesThat()
                .resideInAnyPackage("java..", "org.physiokiosk.figure..", "org.physiokiosk.common..")
                .check(figure);
    }
}
