package org.appraise.cli.internal;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

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
import org.appraise.cli.internal.screening.ScreeningCommand;
import org.appraise.cli.internal.synthesis.MetaCommand;
import org.appraise.cli.internal.team.HistoryCommand;
import org.appraise.cli.internal.team.SyncCommand;

import picocli.CommandLine.Command;

/**
 * The commands of the command line, in the order its usage lists them. A run that names its command makes only
 * that one: making every command (picocli reading each one's options, each building what it holds) was a third
 * of a short run such as {@code info}.
 */
public final class Commands {

    private record Kind(Class<?> type, Function<Terminal, Object> make) {
        boolean isCalled(String name) {
            Command command = type.getAnnotation(Command.class);
            return command.name().equals(name) || Arrays.asList(command.aliases()).contains(name);
        }
    }

    private static final List<Kind> KINDS = List.of(new Kind(NewCommand.class, NewCommand::new),
            new Kind(InfoCommand.class, InfoCommand::new), new Kind(ValidateCommand.class, ValidateCommand::new),
            new Kind(ImportCommand.class, ImportCommand::new), new Kind(DedupCommand.class, DedupCommand::new),
            new Kind(DedupBenchmarkCommand.class, DedupBenchmarkCommand::new), new Kind(ScreeningCommand.class, ScreeningCommand::new),
            new Kind(PrismaCommand.class, PrismaCommand::new), new Kind(SyncCommand.class, SyncCommand::new),
            new Kind(AgreementCommand.class, AgreementCommand::new), new Kind(ConsensusCommand.class, ConsensusCommand::new),
            new Kind(HistoryCommand.class, HistoryCommand::new), new Kind(RobCommand.class, RobCommand::new),
            new Kind(MetaCommand.class, MetaCommand::new), new Kind(CertaintyCommand.class, CertaintyCommand::new),
            new Kind(SofCommand.class, SofCommand::new), new Kind(AddStudyCommand.class, AddStudyCommand::new),
            new Kind(ProposeCommand.class, ProposeCommand::new), new Kind(ProposeBenchmarkCommand.class, ProposeBenchmarkCommand::new),
            new Kind(ExportCommand.class, ExportCommand::new));

    /** Every command, to list them all (the top usage, completion, an unknown command's suggestions). */
    public static final List<Function<Terminal, Object>> ALL = KINDS.stream().map(Kind::make).toList();

    private Commands() {
    }

    /** The one command the arguments start with, when they start with one. */
    public static Optional<Function<Terminal, Object>> named(List<String> arguments) {
        if (arguments.isEmpty() || arguments.get(0) == null) {
            return Optional.empty();
        }
        String first = arguments.get(0);
        return KINDS.stream().filter(kind -> kind.isCalled(first)).findFirst().map(Kind::make);
    }
}
