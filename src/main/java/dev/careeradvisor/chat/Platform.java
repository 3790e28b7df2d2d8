package dev.careeradvisor.chat;

/** Where a request comes from. */
public enum Platform {
    CONSOLE, DISCORD, TELEGRAM
}
