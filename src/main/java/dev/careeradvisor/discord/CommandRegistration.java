package dev.careeradvisor.discord;

import java.time.Duration;
import java.util.List;

import dev.careeradvisor.chat.DeliveryStore;
import dev.careeradvisor.chat.Platform;
import net.dv8tion.jda.api.JDA;
import net.dv8tion.jda.api.entities.Guild;
import net.dv8tion.jda.api.events.session.ReadyEvent;
import net.dv8tion.jda.api.hooks.ListenerAdapter;
import net.dv8tion.jda.api.interactions.commands.build.CommandData;
import net.dv8tion.jda.api.requests.restaction.CommandListUpdateAction;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Registers the slash commands when a shard is ready, and only when what a scope holds would
 * change: each scope's state ("global=fingerprint", "guild:ID=empty") is a claim in the database, so
 * a restart, or another instance, with the same commands sends nothing. Commands live either
 * globally or in the configured guilds, never both: switching clears the other scope.
 */
final class CommandRegistration extends ListenerAdapter {

    private static final Logger log = LoggerFactory.getLogger(CommandRegistration.class);
    private static final Duration KEPT = Duration.ofDays(3650);
    private static final String EMPTY = "empty";
    private static final String GUILD = "commands:guild:";

    private final List<CommandData> commands;
    private final String fingerprint;
    private final List<Long> guildIds;
    private final DeliveryStore deliveries;

    CommandRegistration(List<CommandData> commands, List<Long> guildIds, DeliveryStore deliveries) {
        this.commands = List.copyOf(commands);
        this.fingerprint = SlashCommands.fingerprint(commands);
        this.guildIds = List.copyOf(guildIds);
        this.deliveries = deliveries;
    }

    @Override
    public void onReady(ReadyEvent event) {
        JDA shard = event.getJDA();
        boolean first = shard.getShardInfo().getShardId() == 0;
        if (guildIds.isEmpty()) {
            if (first) {
                register("commands:global", fingerprint, shard.updateCommands().addCommands(commands));
            }
            for (String claim : deliveries.claimed(Platform.DISCORD, GUILD)) {
                String scope = claim.substring(0, claim.indexOf('='));
                Guild guild = shard.getGuildById(scope.substring(GUILD.length()));
                if (guild != null && !claim.endsWith("=" + EMPTY)) {
                    register(scope, EMPTY, guild.updateCommands());
                }
            }
            return;
        }
        if (first) {
            register("commands:global", EMPTY, shard.updateCommands());
        }
        for (long id : guildIds) {
            Guild guild = shard.getGuildById(id);
            if (guild != null) {
                register(GUILD + id, fingerprint, guild.updateCommands().addCommands(commands));
            }
        }
    }

    /**
     * Sends the update when the scope does not hold this state yet. The scope's other states are
     * forgotten before it goes out, so that whatever happens next the database never claims two; a
     * failed update gives its claim back and is tried again at the next start.
     */
    private void register(String scope, String state, CommandListUpdateAction update) {
        String claim = scope + "=" + state;
        if (!deliveries.claim(Platform.DISCORD, claim, KEPT)) {
            return;
        }
        deliveries.claimed(Platform.DISCORD, scope + "=").stream().filter(other -> !other.equals(claim))
                .forEach(other -> deliveries.release(Platform.DISCORD, other));
        update.queue(done -> log.info("Discord: registered {} commands in {} ({})", EMPTY.equals(state) ? 0 : commands.size(), scope, state),
                failure -> {
                    log.warn("Discord: could not register the commands in {}: {}", scope, failure.toString());
                    deliveries.release(Platform.DISCORD, claim);
                });
    }
}
