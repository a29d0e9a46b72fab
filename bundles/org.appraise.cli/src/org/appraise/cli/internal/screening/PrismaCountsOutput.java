package org.appraise.cli.internal.screening;

import java.io.PrintStream;

import org.appraise.cli.internal.Terminal;
import org.appraise.core.screening.PrismaCounts;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

/** The PRISMA 2020 counts as {@code appraise prisma} prints them: JSON by the diagram's boxes, or five lines of text. */
final class PrismaCountsOutput {

    private PrismaCountsOutput() {
    }

    static ObjectNode json(PrismaCounts counts) {
        ObjectMapper mapper = Terminal.json();
        ObjectNode root = mapper.createObjectNode();
        ObjectNode identification = root.putObject("identification");
        identification.set("databases", mapper.valueToTree(counts.databases()));
        identification.put("databasesTotal", counts.identifiedFromDatabases());
        identification.set("registers", mapper.valueToTree(counts.registers()));
        identification.put("registersTotal", counts.identifiedFromRegisters());
        identification.put("duplicatesRemoved", counts.duplicates());
        identification.put("automationRemoved", counts.removedByAutomation());
        identification.put("otherRemoved", counts.removedOther());
        ObjectNode screening = root.putObject("screening");
        screening.put("screened", counts.screened());
        screening.put("excluded", counts.excluded());
        screening.put("sought", counts.sought());
        screening.put("notRetrieved", counts.notRetrieved());
        screening.put("assessed", counts.assessed());
        screening.set("excludedReports", mapper.valueToTree(counts.excludedReports()));
        ObjectNode other = root.putObject("otherMethods");
        other.set("identified", mapper.valueToTree(counts.otherSources()));
        other.put("sought", counts.otherSought());
        other.put("notRetrieved", counts.otherNotRetrieved());
        other.put("assessed", counts.otherAssessed());
        other.set("excludedReports", mapper.valueToTree(counts.otherExcludedReports()));
        ObjectNode included = root.putObject("included");
        included.put("studies", counts.studiesIncluded());
        included.put("reports", counts.reportsIncluded());
        return root;
    }

    static void print(PrismaCounts counts, PrintStream out) {
        out.println("Identified: databases " + counts.identifiedFromDatabases() + " " + counts.databases() + ", registers "
                + counts.identifiedFromRegisters() + ", other methods " + counts.otherIdentified() + " " + counts.otherSources());
        out.println("Duplicates removed " + counts.duplicates() + "; screened " + counts.screened() + ", excluded " + counts.excluded());
        out.println("Reports sought " + counts.sought() + ", not retrieved " + counts.notRetrieved() + ", assessed " + counts.assessed()
                + ", excluded " + counts.excludedReports());
        out.println("Other methods: sought " + counts.otherSought() + ", not retrieved " + counts.otherNotRetrieved() + ", assessed "
                + counts.otherAssessed() + ", excluded " + counts.otherExcludedReports());
        out.println("Included: " + counts.studiesIncluded() + " studies, " + counts.reportsIncluded() + " reports");
    }
}
