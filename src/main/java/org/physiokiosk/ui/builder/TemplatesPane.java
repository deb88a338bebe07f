package org.physiokiosk.ui.builder;

import java.util.function.Consumer;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.physiokiosk.content.Catalog;
import org.physiokiosk.content.ProgramTemplate;
import org.physiokiosk.ui.common.WrappingLabel;
import org.physiokiosk.ui.i18n.Messages;

/** The bundled (and clinic) templates a program can start from. */
final class TemplatesPane extends VBox {

    static final String LIST_ID = "builder-templates";
    static final String USE_ID = "builder-template-use";

    static final String SAVE_ID = "builder-template-save";

    TemplatesPane(
            Catalog catalog,
            Messages messages,
            Consumer<ProgramTemplate> onUse,
            Runnable onSaveAsTemplate,
            boolean canSaveTemplates) {
        getStyleClass().add(BuilderStyle.COLUMN);
        String language = messages.language();
        ListView<ProgramTemplate> list = new ListView<>();
        list.setId(LIST_ID);
        list.getItems().setAll(catalog.templates().values());
        list.setPlaceholder(new Label(messages.get("builder.templates.none")));
        list.setCellFactory(view -> new ListCell<>() {
            private final Label title = new Label();
            private final Label text = new Label();
            private final VBox box = new VBox(title, text);

            {
                setPrefWidth(0); // the list's width decides, so a long description wraps
                WrappingLabel.wrapWhole(title);
                title.getStyleClass().add(BuilderStyle.LIBRARY_CELL_TITLE);
                text.getStyleClass().add(BuilderStyle.LIBRARY_CELL_TEXT);
                WrappingLabel.wrapWhole(text);
            }

            @Override
            protected void updateItem(ProgramTemplate template, boolean empty) {
                super.updateItem(template, empty);
                if (empty || template == null) {
                    setGraphic(null);
                    return;
                }
                title.setText(template.title().in(language));
                text.setText(
                        template.description().map(d -> d.in(language) + " · ").orElse("")
                                + messages.format(
                                        "builder.templates.count",
                                        template.items().size()));
                setGraphic(box);
            }
        });
        VBox.setVgrow(list, Priority.ALWAYS);
        Label hint = new Label(messages.get("builder.templates.hint"));
        hint.getStyleClass().add(BuilderStyle.HINT);
        WrappingLabel.wrapWhole(hint);
        Button use = new Button(messages.get("builder.templates.use"));
        use.setId(USE_ID);
        use.getStyleClass().addAll(BuilderStyle.TOOL_BUTTON, BuilderStyle.PRIMARY);
        use.setMaxWidth(Double.MAX_VALUE);
        WrappingLabel.wrapWhole(use);
        use.disableProperty()
                .bind(list.getSelectionModel().selectedItemProperty().isNull());
        use.setOnAction(event -> onUse.accept(list.getSelectionModel().getSelectedItem()));
        list.setOnMouseClicked(event -> {
            if (event.getClickCount() == 2 && list.getSelectionModel().getSelectedItem() != null) {
                onUse.accept(list.getSelectionModel().getSelectedItem());
            }
        });
        Button save = new Button(messages.get("builder.templates.save"));
        save.setId(SAVE_ID);
        save.getStyleClass().add(BuilderStyle.TOOL_BUTTON);
        save.setMaxWidth(Double.MAX_VALUE);
        WrappingLabel.wrapWhole(save); // a long name in a narrow column: two lines, not "Dit programma als sj…"
        save.setDisable(!canSaveTemplates);
        save.setOnAction(event -> onSaveAsTemplate.run());
        Label saveHint =
                new Label(messages.get(canSaveTemplates ? "builder.templates.saveHint" : "builder.templates.noFolder"));
        saveHint.getStyleClass().add(BuilderStyle.HINT);
        WrappingLabel.wrapWhole(saveHint);
        getChildren().addAll(hint, list, use, save, saveHint);
    }
}
