package dev.careeradvisor.console;

import java.io.BufferedReader;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import dev.careeradvisor.catalog.RoleFolder;
import dev.careeradvisor.catalog.RoleViolation;
import dev.careeradvisor.chat.Actor;
import dev.careeradvisor.chat.ChatRequest;
import dev.careeradvisor.chat.ChatService;
import dev.careeradvisor.chat.Reply;
import org.springframework.boot.ApplicationArguments;
import org.springframework.context.support.MessageSourceAccessor;
import tools.jackson.databind.json.JsonMapper;

/**
 * The subcommands that run once: {@code compare A B [--json]}, {@code role NAME [--json]},
 * {@code validate-roles DIR} and {@code chat}. Results go to stdout; problems and did-you-mean to
 * stderr.
 */
final class OneShotCommands {

    private final ChatService chat;
    private final RoleFolder folder;
    private final JsonMapper json;
    private final MessageSourceAccessor messages;
    private final TextRenderer renderer = new TextRenderer();
    private final PrintStream out;
    private final PrintStream err;

    OneShotCommands(ChatService chat, RoleFolder folder, JsonMapper json, MessageSourceAccessor messages) {
        this(chat, folder, json, messages, utf8(FileDescriptor.out), utf8(FileDescriptor.err));
    }

    OneShotCommands(ChatService chat, RoleFolder folder, JsonMapper json, MessageSourceAccessor messages,
            PrintStream out, PrintStream err) {
        this.chat = chat;
        this.folder = folder;
        this.json = json;
        this.messages = messages;
        this.out = out;
        this.err = err;
    }

    ExitCode run(ApplicationArguments args, BufferedReader in) throws IOException {
        List<String> words = args.getNonOptionArgs();
        Set<String> options = args.getOptionNames().stream().filter(o -> !o.contains(".")).collect(Collectors.toSet());
        String command = words.get(0);
        List<String> operands = words.subList(1, words.size());
        boolean asJson = options.remove("json");
        boolean printsData = command.equals("compare") || command.equals("role");
        if (!options.isEmpty() || (asJson && !printsData)) {
            return usage(command);
        }
        return switch (command) {
            case "compare", "role" -> answer(command, operands, asJson);
            case "chat" -> operands.isEmpty() ? new PipeChat(new ChatSession(chat, Actor.console())).run(in, out) : usage(command);
            default -> validate(operands);
        };
    }

    ExitCode run(ApplicationArguments args) throws IOException {
        return run(args, new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8)));
    }

    private ExitCode answer(String command, List<String> operands, boolean asJson) {
        if (operands.isEmpty() || (command.equals("compare") && operands.size() == 1 && operands.get(0).isBlank())) {
            return usage(command);
        }
        List<String> arguments = command.equals("compare") && operands.size() != 2 ? List.of(String.join(" ", operands)) : operands;
        Reply reply = chat.handle(ChatRequest.command(Actor.console(), command, arguments));
        if (!reply.isError() && reply.data() == null) {
            return usage(command);
        }
        if (reply.isError()) {
            err.println(reply.error());
            reply.suggestions().forEach(action -> err.println("  " + action.label()));
            return reply.problem() == Reply.Problem.UNRESOLVED ? ExitCode.NOT_RESOLVED : ExitCode.USAGE;
        }
        out.print(asJson ? json.writerWithDefaultPrettyPrinter().writeValueAsString(reply.data()) + "\n"
                : renderer.cards(reply.cards()));
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

    private ExitCode usage(String command) {
        err.println(messages.getMessage("cli.usage." + command));
        return ExitCode.USAGE;
    }

    private static PrintStream utf8(FileDescriptor descriptor) {
        return new PrintStream(new FileOutputStream(descriptor), true, StandardCharsets.UTF_8);
    }
}
