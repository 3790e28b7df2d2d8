package dev.careeradvisor.chat;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

import dev.careeradvisor.catalog.BundledRoles;
import dev.careeradvisor.catalog.Catalog;
import dev.careeradvisor.catalog.CatalogGenerator;
import dev.careeradvisor.catalog.Role;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * The state the card benchmarks share: the chat layer over the six bundled roles or a generated
 * catalog of 10,000, and a random pair to compare each time, so that the comparison cache does not
 * hide the work on the large catalog.
 */
@State(Scope.Benchmark)
public class CompareBench {

    @Param({"6", "10000"})
    public int roles;

    private ChatService chat;
    private List<Role> catalog;
    private final SplittableRandom random = new SplittableRandom(42);

    @Setup(Level.Trial)
    public void setUp() {
        catalog = roles == 6 ? BundledRoles.all() : new ArrayList<>(new CatalogGenerator(7).roles(roles));
        chat = ChatServices.over(new Catalog(catalog));
        chat.handle(ChatRequest.call(Actor.console(), CommandCall.of("compare", catalog.get(0).slug(), catalog.get(1).slug())));
    }

    /** A /compare of a random pair, parsed, compared and made into its card. */
    public Reply compareRandomPair() {
        int a = random.nextInt(catalog.size());
        int b = (a + 1 + random.nextInt(catalog.size() - 1)) % catalog.size();
        return chat.handle(ChatRequest.call(Actor.console(), CommandCall.of("compare", catalog.get(a).slug(), catalog.get(b).slug())));
    }
}
