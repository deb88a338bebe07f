package org.physiokiosk.ui.shell;

import java.util.Optional;
import org.physiokiosk.content.Catalog;
import org.physiokiosk.content.Condition;
import org.physiokiosk.ui.condition.ConditionScreen;
import org.physiokiosk.ui.home.HomeScreen;
import org.physiokiosk.ui.i18n.Messages;
import org.physiokiosk.ui.common.TopBar;

/** The patient's way through the kiosk: which screen leads to which. */
public final class PatientFlow {

    private final Catalog catalog;
    private final String clinicName;
    private final Messages messages;
    private final Navigator navigator;

    public PatientFlow(Catalog catalog, String clinicName, Messages messages, Navigator navigator) {
        this.catalog = catalog;
        this.clinicName = clinicName;
        this.messages = messages;
        this.navigator = navigator;
    }

    public void showHome() {
        navigator.show(() -> new HomeScreen(catalog, messages, topBar(Optional.empty()), this::showCondition));
    }

    public void showCondition(Condition condition) {
        navigator.show(() -> new ConditionScreen(catalog, condition, messages, topBar(Optional.of(this::showHome))));
    }

    private TopBar topBar(Optional<Runnable> back) {
        return new TopBar(clinicName, messages, back, navigator::refresh);
    }
}
