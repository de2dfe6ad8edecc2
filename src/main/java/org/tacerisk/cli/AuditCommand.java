package org.tacerisk.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import org.tacerisk.app.Installation;
import org.tacerisk.audit.AuditLog;
import org.tacerisk.audit.AuditVerification;
import org.tacerisk.common.BadInputException;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code tacerisk audit verify|export}: the audit log of predictions (docs/audit.md). */
@Command(name = "audit", mixinStandardHelpOptions = true,
        description = "The audit log of predictions in the data folder: check its hash chain, export a date range"
                + " (docs/audit.md).",
        subcommands = {AuditCommand.Verify.class, AuditCommand.Export.class})
final class AuditCommand implements Runnable {

    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "choose a subcommand (see --help)");
    }

    /** {@code tacerisk audit verify}: exit 0 when the chain is intact, 3 naming the first bad line. */
    @Command(name = "verify", mixinStandardHelpOptions = true,
            description = {"Check the audit log's hash chain.", "Exit 0 when intact; 3 naming the first line that"
                + " was edited, removed, inserted or moved (or a cut-off end)."})
    static final class Verify implements Callable<Integer> {

        @Spec
        CommandSpec spec;

        @Option(names = "--json", description = "Print the result as JSON on stdout.")
        boolean json;

        @Override
        public Integer call() {
            AuditLog log = new AuditLog(Installation.dataFolder());
            AuditVerification v = log.verify();
            PrintWriter out = spec.commandLine().getOut();
            if (json) {
                Map<String, Object> m = new LinkedHashMap<>();
                m.put("log", log.file().toString());
                m.put("intact", v.intact());
                m.put("lines", v.lines());
                m.put("first_bad_line", v.intact() ? null : v.firstBadLine());
                m.put("problem", v.problem());
                JsonOutput.print(out, m);
            } else if (v.intact()) {
                out.println("intact: " + v.lines() + " records in " + log.file());
                out.flush();
            }
            if (!v.intact()) {
                String message = "the audit log is not intact: " + v.problem() + "; keep this copy for the"
                        + " auditor and tell your IT/quality officer (the log cannot be repaired, only explained)";
                if (!json) {
                    throw new BadInputException(log.file(), message);
                }
                spec.commandLine().getErr().println("error: " + log.file() + ": " + message);
                spec.commandLine().getErr().flush();
                return ExitCodes.BAD_INPUT;
            }
            return ExitCodes.OK;
        }
    }

    /** {@code tacerisk audit export --from DATE --to DATE --out FILE}. */
    @Command(name = "export", mixinStandardHelpOptions = true,
            description = {"Export the records of a date range (UTC dates, both included) as JSON lines, unchanged.",
                "The file is written whole or not at all."})
    static final class Export implements Callable<Integer> {

        @Spec
        CommandSpec spec;

        @Option(names = "--from", required = true, paramLabel = "DATE", description = "First day, e.g. 2026-01-01.")
        String from;

        @Option(names = "--to", required = true, paramLabel = "DATE", description = "Last day, e.g. 2026-12-31.")
        String to;

        @Option(names = "--out", required = true, paramLabel = "FILE", description = "The export file (.jsonl).")
        Path out;

        @Override
        public Integer call() throws Exception {
            LocalDate first = date("--from", from);
            LocalDate last = date("--to", to);
            if (last.isBefore(first)) {
                throw new CommandLine.ParameterException(spec.commandLine(), "--to " + to + " is before --from "
                        + from);
            }
            AuditLog log = new AuditLog(Installation.dataFolder());
            int n = log.export(first, last, out);
            AuditVerification v = log.verify();
            PrintWriter o = spec.commandLine().getOut();
            o.println(n + " records from " + first + " to " + last + " written to " + out + "; the log's chain is "
                    + (v.intact() ? "intact" : "NOT intact: " + v.problem()));
            o.flush();
            return ExitCodes.OK;
        }

        private LocalDate date(String option, String value) {
            try {
                return LocalDate.parse(value);
            } catch (DateTimeParseException e) {
                throw new CommandLine.ParameterException(spec.commandLine(), option + " must be a date as"
                        + " YYYY-MM-DD, not \"" + value + "\"");
            }
        }
    }
}
