package com.dealjournal.ui.prospects.log;

import com.dealjournal.i18n.Messages;
import com.dealjournal.model.Prospect;
import com.dealjournal.ui.common.Formats;
import javafx.stage.Window;

/** What every quick-log dialog needs: texts, formats, the window it belongs to and the prospect it logs for. */
record LogContext(Messages messages, Formats formats, Window owner, Prospect prospect) {

    /** How the dialogs name the prospect: its company when it has one, else its name. */
    String prospectName() {
        String company = prospect.company();
        return company == null || company.isBlank() ? prospect.name() : company;
    }

    /** The currency code amounts are typed in, such as EUR. */
    String currency() {
        return prospect.currency().getCurrencyCode();
    }
}
