package dev.careeradvisor.discord;

import net.dv8tion.jda.api.JDA;
import net.dv8tion.jda.api.utils.SessionControllerAdapter;

/**
 * Sends JDA to the configured gateway. JDA asks its session controller for the gateway rather than
 * REST: a single JDA calls {@link #getGateway()}, a shard manager {@link #getShardedGateway(JDA)}
 * (by default {@code GET /gateway/bot}); both answer our setting, and the shard count is ours too.
 */
final class GatewaySessionController extends SessionControllerAdapter {

    private final String gateway;
    private final int shardTotal;

    GatewaySessionController(String gateway, int shardTotal) {
        this.gateway = gateway;
        this.shardTotal = shardTotal;
    }

    @Override
    public String getGateway() {
        return gateway;
    }

    @Override
    public ShardedGateway getShardedGateway(JDA api) {
        return new ShardedGateway(gateway, shardTotal, 1);
    }
}
