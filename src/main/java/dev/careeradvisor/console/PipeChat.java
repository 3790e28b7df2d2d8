package dev.careeradvisor.console;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintStream;

/** {@code chat}: reads one command a line, answers each with its text and an empty line, and ends with the input. */
final class PipeChat {

    private final ChatSession session;

    PipeChat(ChatSession session) {
        this.session = session;
    }

    ExitCode run(BufferedReader in, PrintStream out) throws IOException {
        String line;
        while ((line = in.readLine()) != null) {
            if (ChatSession.isQuit(line)) {
                break;
            }
            String answer = session.respond(line);
            if (!answer.isEmpty()) {
                out.print(answer);
                out.println();
                out.flush();
            }
        }
        return ExitCode.DONE;
    }
}
