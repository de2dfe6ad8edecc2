package org.tacerisk.cli;

import org.tacerisk.app.Installation;
import org.tacerisk.audit.AuditFailure;
import org.tacerisk.audit.AuditLog;
import org.tacerisk.audit.AuditedPrediction;
import org.tacerisk.common.BadInputException;

/**
 * The commands' one way to record a prediction in the data folder's audit log before showing it (docs/audit.md): a
 * prediction that could not be recorded is not shown, and the command exits 3 naming the log and the remedy.
 */
final class CliAudit {

    private CliAudit() {
    }

    static AuditLog.Receipt record(AuditedPrediction prediction) {
        AuditLog log = new AuditLog(Installation.dataFolder());
        try {
            return log.append(prediction);
        } catch (AuditFailure e) {
            throw new BadInputException(e.log(), e.getMessage(), e);
        }
    }
}
