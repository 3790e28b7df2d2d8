package dev.careeradvisor.chat;

/**
 * A message for one person, outside any conversation (their suggestion was handled). Published by the
 * command layer; each platform that can reach people by themselves delivers the ones for it.
 */
public record PersonNotice(Platform platform, String userId, String text) {
}
