package dev.careeradvisor.discord;

import java.net.URI;
import java.util.List;

import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * The Discord adapter's settings; the token comes only from the environment ({@code DISCORD_TOKEN}).
 *
 * @param apiUrl     the REST base address, ending in {@code /api/v10/}: Discord's, a REST proxy, or a test's fake
 * @param gatewayUrl the websocket gateway: Discord's, or a test's fake
 * @param shardTotal how many shards the bot runs on, over all instances
 * @param shards     the shards this instance runs, an inclusive range such as {@code 0-3}; empty means all
 * @param guildIds   guilds to register the commands in (instant updates while developing); empty
 *                   means global registration
 */
@Validated
@ConfigurationProperties("discord")
record DiscordProperties(
        @DefaultValue("https://discord.com/api/v10/") @NotNull URI apiUrl,
        @DefaultValue("wss://gateway.discord.gg") @NotNull URI gatewayUrl,
        @DefaultValue("1") @Min(1) @Max(10_000) int shardTotal,
        @DefaultValue("") @NotNull @Pattern(regexp = "|\\d{1,5}(-\\d{1,5})?", message = "must be a range of shard ids such as 0-3, or one id, or empty for all") String shards,
        @DefaultValue List<Long> guildIds) {

    DiscordProperties {
        guildIds = List.copyOf(guildIds);
    }

    /** The first shard this instance runs. */
    int firstShard() {
        return shards.isEmpty() ? 0 : Integer.parseInt(shards.split("-")[0]);
    }

    /** The last shard this instance runs. */
    int lastShard() {
        if (shards.isEmpty()) {
            return shardTotal - 1;
        }
        String[] ends = shards.split("-");
        return Integer.parseInt(ends[ends.length - 1]);
    }

    @AssertTrue(message = "discord.shards must lie within 0 and discord.shard-total - 1, lowest first")
    boolean isShardRangeWithinTotal() {
        if (!shards.matches("\\d{1,5}(-\\d{1,5})?")) {
            return true;
        }
        return firstShard() <= lastShard() && lastShard() < shardTotal;
    }

    boolean guildCommands() {
        return !guildIds.isEmpty();
    }
}
