package dev.careeradvisor.console;

/** What a one-shot command tells the shell. */
enum ExitCode {
    /** The command did what was asked. */
    DONE(0),
    /** A name did not resolve to one role, or a role file broke a rule. */
    NOT_RESOLVED(1),
    /** The command was typed wrong. */
    USAGE(2);

    final int code;

    ExitCode(int code) {
        this.code = code;
    }
}
