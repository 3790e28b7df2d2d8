package dev.careeradvisor.chat;

import java.time.Duration;
import java.util.OptionalLong;
import java.util.concurrent.TimeUnit;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.ConsumptionProbe;

/** Token buckets (Bucket4j) per person and per community; the local console is never limited. */
final class ChatRateLimiter {

    private final int userPerMinute;
    private final int communityPerMinute;
    private final Cache<String, Bucket> buckets = Caffeine.newBuilder()
            .maximumSize(200_000)
            .expireAfterAccess(Duration.ofMinutes(10))
            .build();

    ChatRateLimiter(int userPerMinute, int communityPerMinute) {
        this.userPerMinute = userPerMinute;
        this.communityPerMinute = communityPerMinute;
    }

    /** Empty when the actor may go on; otherwise the seconds until they may. */
    OptionalLong secondsToWait(Actor actor) {
        if (actor.platform() == Platform.CONSOLE) {
            return OptionalLong.empty();
        }
        ConsumptionProbe user = bucket("user:" + actor.key(), userPerMinute).tryConsumeAndReturnRemaining(1);
        if (!user.isConsumed()) {
            return OptionalLong.of(seconds(user));
        }
        if (actor.community() != null) {
            String community = "community:" + actor.platform() + ":" + actor.community();
            ConsumptionProbe shared = bucket(community, communityPerMinute).tryConsumeAndReturnRemaining(1);
            if (!shared.isConsumed()) {
                return OptionalLong.of(seconds(shared));
            }
        }
        return OptionalLong.empty();
    }

    private Bucket bucket(String key, int perMinute) {
        return buckets.get(key, k -> Bucket.builder()
                .addLimit(Bandwidth.builder().capacity(perMinute).refillGreedy(perMinute, Duration.ofMinutes(1)).build())
                .build());
    }

    private static long seconds(ConsumptionProbe probe) {
        return Math.max(1, TimeUnit.NANOSECONDS.toSeconds(probe.getNanosToWaitForRefill() + 999_999_999L));
    }
}
