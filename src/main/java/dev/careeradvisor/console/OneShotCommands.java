package dev.careeradvisor.console;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import dev.careeradvisor.catalog.Catalog;
import dev.careeradvisor.catalog.NameResolution;
import dev.careeradvisor.catalog.PairResolution;
import dev.careeradvisor.catalog.Role;
import dev.careeradvisor.catalog.RoleFolder;
import dev.careeradvisor.catalog.RoleViolation;
import dev.careeradvisor.compare.ComparisonService;
import org.springframework.boot.ApplicationArguments;
import org.springframework.context.support.MessageSourceAccessor;
import tools.jackson.databind.json.JsonMapper;

/**
 * The one-shot subcommands: {@code compare A B [--json]}, {@code role NAME [--json]} and
 * {@code validate-roles DIR}. Results go to stdout, problems and did-you-mean to stderr.
 */
final class OneShotCommands {

    private final Catalog catalog;
    private final ComparisonService comparisons;
    private final RoleFolder folder;
    private final TextCards cards;
    private final JsonMapper json;
    private final MessageSourceAccessor messages;
    private final PrintStream out;
    private final PrintStream err;

    OneShotCommands(Catalog catalog, ComparisonService comparisons, RoleFolder folder, TextCards cards, JsonMapper json,
            MessageSourceAccessor messages) {
        this(catalog, comparisons, folder, cards, json, messages, utf8(FileDescriptor.out), utf8(FileDescriptor.err));
    }

    OneShotCommands(Catalog catalog, ComparisonService comparisons, RoleFolder folder, TextCards cards, JsonMapper json,
            MessageSourceAccessor messages, PrintStream out, PrintStream err) {
        this.catalog = catalog;
        this.comparisons = comparisons;
        this.folder = folder;
        this.cards = cards;
        this.json = json;
        this.messages = messages;
        this.out = out;
        this.err = err;
    }

    ExitCode run(ApplicationArguments args) {
        List<String> words = args.getNonOptionArgs();
        Set<String> options = args.getOptionNames().stream().filter(o -> !o.contains(".")).collect(Collectors.toSet());
        String command = words.get(0);
        List<String> operands = words.subList(1, words.size());
        boolean asJson = options.remove("json");
        if (!options.isEmpty() || (asJson && command.equals("validate-roles"))) {
            return usage(command);
        }
        return switch (command) {
            case "compare" -> compare(operands, asJson);
            case "role" -> role(operands, asJson);
            default -> validate(operands);
        };
    }

    private ExitCode compare(List<String> operands, boolean asJson) {
        if (operands.isEmpty()) {
            return usage("compare");
        }
        PairResolution resolution = operands.size() == 2
                ? catalog.resolvePair(operands.get(0), operands.get(1))
                : catalog.resolvePair(String.join(" ", operands));
        if (resolution instanceof PairResolution.Pair pair) {
            if (pair.a().sameEntryAs(pair.b())) {
                err.println(messages.getMessage("cli.sameRole", new Object[] {pair.a().name()}));
                return ExitCode.USAGE;
            }
            var comparison = comparisons.compare(pair.a(), pair.b());
            out.print(asJson ? json.writerWithDefaultPrettyPrinter().writeValueAsString(comparison) + "\n" : cards.comparison(comparison));
            return ExitCode.DONE;
        }
        if (resolution instanceof PairResolution.Unresolved unresolved) {
            return didYouMean(unresolved.name(), unresolved.resolution());
        }
        if (resolution instanceof PairResolution.Choices choices) {
            err.println(messages.getMessage("cli.choosePair"));
            choices.pairs().forEach(p -> err.println("  " + p.a().name() + " vs " + p.b().name()));
            return ExitCode.NOT_RESOLVED;
        }
        return usage("compare");
    }

    private ExitCode role(List<String> operands, boolean asJson) {
        if (operands.isEmpty()) {
            return usage("role");
        }
        String name = String.join(" ", operands);
        NameResolution resolution = catalog.resolve(name);
        if (!(resolution instanceof NameResolution.Found found)) {
            return didYouMean(name, resolution);
        }
        Role role = found.role();
        out.print(asJson ? json.writerWithDefaultPrettyPrinter().writeValueAsString(role) + "\n" : cards.role(role));
        return ExitCode.DONE;
    }

    private ExitCode validate(List<String> operands) {
        if (operands.size() != 1) {
            return usage("validate-roles");
        }
        Path dir = Path.of(operands.get(0));
        if (!Files.isDirectory(dir)) {
            err.println(messages.getMessage("cli.validate.notFolder", new Object[] {dir.toString()}));
            return ExitCode.USAGE;
        }
        RoleFolder.Report report;
        try {
            report = folder.read(dir);
        } catch (IOException e) {
            err.println(messages.getMessage("cli.validate.unreadable", new Object[] {dir.toString(), e.getMessage()}));
            return ExitCode.USAGE;
        }
        for (RoleViolation violation : report.violations()) {
            err.println(violation);
        }
        if (report.isValid()) {
            out.println(messages.getMessage("cli.validate.ok", new Object[] {report.files(), dir.toString()}));
            return ExitCode.DONE;
        }
        err.println(messages.getMessage("cli.validate.failed", new Object[] {report.refusedFiles(), report.files()}));
        return ExitCode.NOT_RESOLVED;
    }

    private ExitCode didYouMean(String name, NameResolution resolution) {
        List<Role> closest = resolution instanceof NameResolution.Ambiguous ambiguous
                ? ambiguous.candidates()
                : ((NameResolution.NotFound) resolution).suggestions();
        String key = resolution instanceof NameResolution.Ambiguous ? "cli.ambiguous" : "cli.unknown";
        err.println(messages.getMessage(key, new Object[] {name}));
        closest.forEach(role -> err.println("  " + role.name() + "  (" + role.slug() + ")"));
        return ExitCode.NOT_RESOLVED;
    }

    private ExitCode usage(String command) {
        err.println(messages.getMessage("cli.usage." + command));
        return ExitCode.USAGE;
    }

    private static PrintStream utf8(FileDescriptor descriptor) {
        return new PrintStream(new FileOutputStream(descriptor), true, StandardCharsets.UTF_8);
    }
}
