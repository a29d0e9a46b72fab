package org.appraise.cli.internal;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import org.appraise.cli.internal.assistant.AddStudyCommand;
import org.appraise.cli.internal.assistant.ProposeBenchmarkCommand;
import org.appraise.cli.internal.assistant.ProposeCommand;
import org.appraise.cli.internal.certainty.CertaintyCommand;
import org.appraise.cli.internal.certainty.SofCommand;
import org.appraise.cli.internal.extraction.AgreementCommand;
import org.appraise.cli.internal.extraction.ConsensusCommand;
import org.appraise.cli.internal.review.ExportCommand;
import org.appraise.cli.internal.review.InfoCommand;
import org.appraise.cli.internal.review.NewCommand;
import org.appraise.cli.internal.review.ValidateCommand;
import org.appraise.cli.internal.rob.RobCommand;
import org.appraise.cli.internal.screening.DedupBenchmarkCommand;
import org.appraise.cli.internal.screening.DedupCommand;
import org.appraise.cli.internal.screening.ImportCommand;
import org.appraise.cli.internal.screening.PrismaCommand;
import org.appraise.cli.internal.screening.StudyRecordsCommand;
import org.appraise.cli.internal.screening.SourcesCommand;
import org.appraise.cli.internal.screening.ScreeningCommand;
import org.appraise.cli.internal.synthesis.MetaCommand;
import org.appraise.cli.internal.team.HistoryCommand;
import org.appraise.cli.internal.team.SyncCommand;
import org.appraise.cli.internal.team.TeamCommand;

import picocli.CommandLine.Command;

/**
 * The commands of the command line, in the order its usage lists them. A run that names its command makes only
 * that one: making every command (picocli reading each one's options, each building what it holds) was a third
 * of a short run such as {@code info}.
 */
public final class Commands {

    /** Every command, to list them all (the top usage, completion, an unknown command's suggestions). */
    public static final List<Class<?>> ALL = List.of(NewCommand.class, InfoCommand.class, ValidateCommand.class, ImportCommand.class,
            DedupCommand.class, DedupBenchmarkCommand.class, ScreeningCommand.class, PrismaCommand.class, StudyRecordsCommand.class, SourcesCommand.class, TeamCommand.class, SyncCommand.class, AgreementCommand.class,
            ConsensusCommand.class, HistoryCommand.class, RobCommand.class, MetaCommand.class, CertaintyCommand.class, SofCommand.class,
            AddStudyCommand.class, ProposeCommand.class, ProposeBenchmarkCommand.class, ExportCommand.class);

    private Commands() {
    }

    /** The one command the arguments start with, when they start with one. */
    public static Optional<Class<?>> named(List<String> arguments) {
        if (arguments.isEmpty() || arguments.get(0) == null) {
            return Optional.empty();
        }
        String first = arguments.get(0);
        return ALL.stream().filter(kind -> isCalled(kind, first)).findFirst();
    }

    private static boolean isCalled(Class<?> kind, String name) {
        Command command = kind.getAnnotation(Command.class);
        return command.name().equals(name) || Arrays.asList(command.aliases()).contains(name);
    }
}
