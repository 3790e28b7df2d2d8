package dev.careeradvisor.discord;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicLong;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The JSON shapes Discord sends (gateway v10, REST v10), as far as JDA 6 reads them: users, members, roles,
 * channels, READY, GUILD_CREATE, interactions and messages. Used by {@link FakeDiscord}.
 */
final class DiscordPayloads {

    static final JsonMapper JSON = JsonMapper.builder().build();

    static final long APPLICATION_ID = 1_180_000_000_000_000_001L;
    static final long BOT_ID = 1_180_000_000_000_000_002L;
    static final long OWNER_ID = 1_180_000_000_000_000_003L;
    static final String BOT_NAME = "career-advisor";

    /** VIEW_CHANNEL | SEND_MESSAGES | READ_MESSAGE_HISTORY | USE_APPLICATION_COMMANDS. */
    static final long EVERYONE_PERMISSIONS = 1024L | 2048L | 65536L | (1L << 31);
    /** The bot's managed role adds EMBED_LINKS | ATTACH_FILES. */
    static final long BOT_PERMISSIONS = EVERYONE_PERMISSIONS | 16384L | 32768L;

    private static final long DISCORD_EPOCH = 1_420_070_400_000L;
    private static final AtomicLong IDS = new AtomicLong((System.currentTimeMillis() - DISCORD_EPOCH) << 22);

    private DiscordPayloads() {
    }

    /** A guild as the fake knows it: one text channel, @everyone (id = guild id), the bot's role, and roles made on demand. */
    record Guild(long id, String name, long channelId, long botRoleId, List<ObjectNode> roles, Map<Long, Long> roleByPermissions) {
        static Guild of(long id, String name) {
            long botRole = snowflake();
            List<ObjectNode> roles = new CopyOnWriteArrayList<>(List.of(role(id, "@everyone", 0, EVERYONE_PERMISSIONS, false),
                    role(botRole, BOT_NAME, 1, BOT_PERMISSIONS, true).set("tags", object().put("bot_id", Long.toString(BOT_ID)))));
            return new Guild(id, name, snowflake(), botRole, roles, new ConcurrentHashMap<>());
        }
    }

    /** Unique ids that look like Discord's: milliseconds since 2015 in the top bits, so JDA's TimeUtil reads a sane time. */
    static long snowflake() {
        return IDS.incrementAndGet();
    }

    static ObjectNode object() {
        return JSON.createObjectNode();
    }

    static ArrayNode array() {
        return JSON.createArrayNode();
    }

    static String now() {
        return OffsetDateTime.now(ZoneOffset.UTC).toString();
    }

    static ObjectNode botUser() {
        return object().put("id", Long.toString(BOT_ID)).put("username", BOT_NAME).put("discriminator", "0000")
                .putNull("global_name").putNull("avatar").put("bot", true).put("system", false).put("mfa_enabled", true)
                .put("verified", true).put("flags", 0).put("public_flags", 0);
    }

    static ObjectNode user(long id) {
        return object().put("id", Long.toString(id)).put("username", "user" + id).put("discriminator", "0")
                .put("global_name", "User " + id).putNull("avatar").put("bot", false).put("public_flags", 0);
    }

    static ObjectNode member(ObjectNode user, List<Long> roles, Long permissions) {
        ObjectNode member = object();
        member.set("user", user);
        ArrayNode roleIds = member.putArray("roles");
        roles.forEach(role -> roleIds.add(Long.toString(role)));
        member.put("joined_at", "2025-01-01T00:00:00.000000+00:00").putNull("nick").putNull("avatar").putNull("premium_since")
                .putNull("communication_disabled_until").put("flags", 0).put("pending", false).put("deaf", false).put("mute", false);
        if (permissions != null) {
            member.put("permissions", Long.toString(permissions));
        }
        return member;
    }

    static ObjectNode role(long id, String name, int position, long permissions, boolean managed) {
        ObjectNode role = object().put("id", Long.toString(id)).put("name", name).put("color", 0).put("hoist", false)
                .putNull("icon").putNull("unicode_emoji").put("position", position).put("permissions", Long.toString(permissions))
                .put("managed", managed).put("mentionable", false).put("flags", 0);
        role.putObject("colors").put("primary_color", 0).putNull("secondary_color").putNull("tertiary_color");
        return role;
    }

    /** A text channel; {@code permissions} (the app's, as interactions carry it) may be null, as in GUILD_CREATE. */
    static ObjectNode textChannel(long id, long guildId, Long permissions) {
        ObjectNode channel = object().put("id", Long.toString(id)).put("type", 0).put("guild_id", Long.toString(guildId))
                .put("name", "general").put("position", 0).putNull("parent_id").putNull("topic").put("nsfw", false)
                .put("rate_limit_per_user", 0).putNull("last_message_id").put("flags", 0);
        channel.putArray("permission_overwrites");
        if (permissions != null) {
            channel.put("permissions", Long.toString(permissions));
        }
        return channel;
    }

    /** The DM between a user and the bot, as the user's interaction shows it: the other recipient is the bot. */
    static ObjectNode dmChannel(long id) {
        ObjectNode channel = object().put("id", Long.toString(id)).put("type", 1).putNull("last_message_id").put("flags", 0);
        channel.putArray("recipients").add(botUser());
        return channel;
    }

    static ObjectNode ready(List<Guild> guilds, String sessionId, String resumeUrl, JsonNode shard) {
        ObjectNode ready = object().put("v", 10);
        ready.set("user", botUser());
        ArrayNode list = ready.putArray("guilds");
        guilds.forEach(guild -> list.addObject().put("id", Long.toString(guild.id())).put("unavailable", true));
        ready.put("session_id", sessionId).put("session_type", "normal").put("resume_gateway_url", resumeUrl);
        ready.putObject("application").put("id", Long.toString(APPLICATION_ID)).put("flags", 0);
        ready.set("shard", shard.isArray() ? shard : array().add(0).add(1));
        ready.putArray("private_channels");
        ready.putArray("relationships");
        ready.putArray("presences");
        ready.putArray("guild_join_requests");
        ready.putArray("geo_ordered_rtc_regions");
        ready.putArray("_trace").add("[\"fake-discord\"]");
        return ready;
    }

    static ObjectNode guildCreate(Guild guild) {
        ObjectNode json = object().put("id", Long.toString(guild.id())).put("name", guild.name()).putNull("icon").putNull("splash")
                .putNull("banner").putNull("description").put("owner_id", Long.toString(OWNER_ID)).putNull("afk_channel_id")
                .put("afk_timeout", 300).put("verification_level", 0).put("default_message_notifications", 0)
                .put("explicit_content_filter", 0).put("mfa_level", 0).putNull("application_id").putNull("system_channel_id")
                .put("system_channel_flags", 0).putNull("rules_channel_id").put("max_members", 500000).putNull("vanity_url_code")
                .put("premium_tier", 0).put("premium_subscription_count", 0).put("preferred_locale", "en-US")
                .putNull("public_updates_channel_id").putNull("safety_alerts_channel_id").put("nsfw_level", 0).put("nsfw", false)
                .put("premium_progress_bar_enabled", false).put("joined_at", "2025-01-01T00:00:00.000000+00:00")
                .put("large", false).put("unavailable", false).put("member_count", 2);
        json.putArray("roles").addAll(guild.roles());
        json.putArray("channels").add(textChannel(guild.channelId(), guild.id(), null).without("guild_id"));
        json.putArray("members").add(member(botUser(), List.of(guild.botRoleId()), null));
        for (String empty : List.of("emojis", "stickers", "features", "voice_states", "threads", "presences", "stage_instances",
                "guild_scheduled_events", "soundboard_sounds", "embedded_activities")) {
            json.putArray(empty);
        }
        return json;
    }

    /** A message the bot made through an interaction, before its content is applied. */
    static ObjectNode message(long id, long channelId, ObjectNode metadata, int type) {
        ObjectNode message = object().put("id", Long.toString(id)).put("type", type).put("content", "")
                .put("channel_id", Long.toString(channelId));
        message.set("author", botUser().without(List.of("mfa_enabled", "verified", "flags")));
        for (String empty : List.of("attachments", "embeds", "mentions", "mention_roles", "components")) {
            message.putArray(empty);
        }
        message.put("pinned", false).put("mention_everyone", false).put("tts", false).put("timestamp", now())
                .putNull("edited_timestamp").put("flags", 0).put("webhook_id", Long.toString(APPLICATION_ID))
                .put("application_id", Long.toString(APPLICATION_ID));
        message.set("interaction_metadata", metadata);
        return message;
    }

    /** Discord numbers components depth first from 1 where the bot gave no id; JDA exposes it as getUniqueId(). */
    static void numberComponents(JsonNode components, int[] next) {
        for (JsonNode component : components) {
            if (component instanceof ObjectNode object && !object.has("id")) {
                object.put("id", next[0]++);
            } else if (component.has("id")) {
                next[0] = Math.max(next[0], component.path("id").asInt() + 1);
            }
            numberComponents(component.path("components"), next);
            if (component.has("component")) {
                numberComponents(array().add(component.get("component")), next);
            }
            if (component.has("accessory")) {
                numberComponents(array().add(component.get("accessory")), next);
            }
        }
    }

    static ObjectNode error(String message, int code) {
        return object().put("message", message).put("code", code);
    }
}
