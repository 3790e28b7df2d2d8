package dev.careeradvisor.admin;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import dev.careeradvisor.TestDatabase;
import dev.careeradvisor.catalog.BundledRoles;
import dev.careeradvisor.catalog.Role;
import dev.careeradvisor.catalog.RoleFolder;
import dev.careeradvisor.catalog.RoleValidator;
import dev.careeradvisor.catalog.RoleWriter;
import dev.careeradvisor.catalog.RoleYaml;
import dev.careeradvisor.catalog.Scope;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What the admin feature promises, run once per database (see the H2 and PostgreSQL subclasses). */
abstract class AdminContract {

    static final Scope X = Scope.parse("discord:100");
    static final Scope Y = Scope.parse("discord:200");

    TestDatabase db;
    AdminStack stack;

    @TempDir
    Path dir;

    abstract TestDatabase database();

    @BeforeEach
    void setUp() {
        db = database();
        stack = new AdminStack(db);
    }

    @AfterEach
    void tearDown() {
        if (db != null) {
            db.close();
        }
    }

    static String roleYaml(String name, String slug) {
        return RoleWriter.yaml(rename(BundledRoles.bySlug("ai-middleware-engineer"), name, slug));
    }

    static Role rename(Role r, String name, String slug) {
        return new Role(name, slug, r.category(), r.interest(), List.of(), r.salary(), r.demand(), r.aiReplacementRisk(),
                r.learningCurveMonths(), r.difficulty(), r.entryBarrier(), r.remoteFriendly(), r.requiresCoding(), r.skills(),
                r.summary(), r.sources());
    }

    @Test
    void aRoleAddedInOneCommunityIsInvisibleInAnother() {
        AdminResult added = stack.admin.add(AdminStack.moderatorOf("100"), X, roleYaml("Prompt Librarian", "prompt-librarian"));
        assertThat(added.status()).isEqualTo(AdminResult.Status.APPLIED);
        assertThat(stack.catalogs.of(X).bySlug("prompt-librarian")).isPresent();
        assertThat(stack.catalogs.of(X).roles()).hasSize(7);
        assertThat(stack.catalogs.of(Y).bySlug("prompt-librarian")).isEmpty();
        assertThat(stack.catalogs.of(Y).resolve("prompt librarian")).isNotInstanceOf(dev.careeradvisor.catalog.NameResolution.Found.class);
        assertThat(stack.catalogs.of(Scope.GLOBAL).roles()).hasSize(6);
    }

    @Test
    void aCommunityRoleWithAGlobalNameWinsInsideItsCommunityOnly() {
        stack.admin.add(AdminStack.moderatorOf("100"), X, roleYaml("AI Middleware Engineer", "our-middleware"));
        assertThat(stack.catalogs.of(X).resolve("AI Middleware Engineer"))
                .isInstanceOfSatisfying(dev.careeradvisor.catalog.NameResolution.Found.class,
                        found -> assertThat(found.role().slug()).isEqualTo("our-middleware"));
        assertThat(stack.catalogs.of(Y).bySlug("ai-middleware-engineer")).isPresent();
    }

    @Test
    void aModeratorChangesOnlyTheirOwnCommunityAndAnOwnerAny() {
        stack.admin.add(AdminStack.moderatorOf("200"), Y, roleYaml("Y Role", "y-role"));
        AdminResult otherCommunity = stack.admin.edit(AdminStack.moderatorOf("100"), Y, "y-role", Map.of("demand", "1.0"), null);
        assertThat(otherCommunity.status()).isEqualTo(AdminResult.Status.REFUSED);
        assertThat(otherCommunity.message()).contains("only your own community");
        AdminResult global = stack.admin.edit(AdminStack.moderatorOf("100"), Scope.GLOBAL, "ai-middleware-engineer", Map.of("demand", "1.0"), null);
        assertThat(global.status()).isEqualTo(AdminResult.Status.REFUSED);
        assertThat(global.message()).contains("Only the bot's owners");
        AdminResult member = stack.admin.add(AdminStack.memberOf("100"), X, roleYaml("Member Role", "member-role"));
        assertThat(member.status()).isEqualTo(AdminResult.Status.REFUSED);
        assertThat(stack.store.find(X, "member-role")).isEmpty();
        assertThat(stack.admin.edit(AdminStack.owner(), Y, "y-role", Map.of("demand", "1.0"), null).applied()).isTrue();
        assertThat(stack.admin.history(Y, "y-role")).extracting(e -> e.outcome().key()).containsExactly("applied", "refused", "applied");
    }

    @Test
    void anOwnerOverridesRetiresAndRestoresABundledRoleWithoutTouchingItsFile() throws IOException {
        String file = Files.readString(Path.of("roles/ai-middleware-engineer.yaml"));
        AdminResult edited = stack.admin.edit(AdminStack.owner(), Scope.GLOBAL, "ai-middleware-engineer",
                Map.of("salary.max", "250000", "skills", "[Retrieval, Caching]"), null);
        assertThat(edited.applied()).as(edited.message() + edited.violations()).isTrue();
        Role shown = stack.catalogs.of(Scope.GLOBAL).bySlug("ai-middleware-engineer").orElseThrow();
        assertThat(shown.salary().max()).isEqualByComparingTo("250000");
        assertThat(shown.skills()).containsExactly("Retrieval", "Caching");
        assertThat(stack.catalogs.of(X).bySlug("ai-middleware-engineer").orElseThrow().skills()).hasSize(2);
        assertThat(stack.admin.remove(AdminStack.owner(), Scope.GLOBAL, "ai-middleware-engineer").applied()).isTrue();
        assertThat(stack.catalogs.of(Scope.GLOBAL).bySlug("ai-middleware-engineer")).isEmpty();
        assertThat(stack.admin.restore(AdminStack.owner(), Scope.GLOBAL, "ai-middleware-engineer").applied()).isTrue();
        assertThat(stack.catalogs.of(Scope.GLOBAL).bySlug("ai-middleware-engineer").orElseThrow().skills()).hasSize(2);
        assertThat(Files.readString(Path.of("roles/ai-middleware-engineer.yaml"))).isEqualTo(file);
        assertThat(stack.admin.history(Scope.GLOBAL, "ai-middleware-engineer")).extracting(AuditEntry::action)
                .containsExactly("edit", "remove", "restore");
    }

    @Test
    void aChangedBundledFileUnderAnOverrideIsLoggedOnceInTheHistory() {
        Role bundled = BundledRoles.bySlug("ai-on-device-ai-engineer");
        stack.store.insert(Scope.GLOBAL, bundled, false, "hash-of-an-older-release");
        stack.bundledCheck.check();
        stack.bundledCheck.check();
        assertThat(stack.admin.history(Scope.GLOBAL, "ai-on-device-ai-engineer")).singleElement()
                .satisfies(entry -> assertThat(entry.action()).isEqualTo("bundled-changed"));
    }

    @Test
    void twentyConcurrentEditsEitherLandOrConflictAndTheAuditSaysWhich() throws Exception {
        stack.admin.add(AdminStack.owner(), X, roleYaml("Contested Role", "contested"));
        int threads = 20;
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<AdminResult>> results = new ArrayList<>();
        for (int i = 0; i < threads; i++) {
            int n = i;
            results.add(pool.submit(() -> {
                long version = stack.admin.version(X, "contested");
                start.await();
                return stack.admin.edit(AdminStack.owner(), X, "contested", Map.of("learningCurveMonths", Integer.toString(n + 1)), version);
            }));
        }
        start.countDown();
        List<AdminResult> outcomes = new ArrayList<>();
        for (Future<AdminResult> result : results) {
            outcomes.add(result.get());
        }
        pool.shutdown();
        long landed = outcomes.stream().filter(AdminResult::applied).count();
        long conflicts = outcomes.stream().filter(r -> r.status() == AdminResult.Status.CONFLICT).count();
        assertThat(landed + conflicts).isEqualTo(threads);
        assertThat(landed).isPositive();
        List<AuditEntry> edits = stack.admin.history(X, "contested").stream().filter(e -> e.action().equals("edit")).toList();
        assertThat(edits.stream().filter(e -> e.outcome() == AuditEntry.Outcome.APPLIED).count()).isEqualTo(landed);
        assertThat(edits.stream().filter(e -> e.outcome() == AuditEntry.Outcome.CONFLICT).count()).isEqualTo(conflicts);
        assertThat(stack.admin.version(X, "contested")).isEqualTo(1 + landed);
    }

    @Test
    void anImportWithOneBadRoleAmongFiveChangesNothingAndNamesIt() {
        List<String> documents = new ArrayList<>();
        for (int i = 1; i <= 5; i++) {
            documents.add(roleYaml("Imported Role " + i, "imported-" + i));
        }
        documents.set(2, documents.get(2).replace("aiReplacementRisk: 15", "aiReplacementRisk: 150"));
        AdminResult result = stack.transfers.importStream(AdminStack.owner(), X, "upload.yaml", String.join("---\n", documents), true);
        assertThat(result.status()).isEqualTo(AdminResult.Status.INVALID);
        assertThat(result.violations()).singleElement().satisfies(v -> {
            assertThat(v.source()).isEqualTo("upload.yaml#3");
            assertThat(v.field()).isEqualTo("aiReplacementRisk");
        });
        assertThat(stack.store.all(X)).isEmpty();
    }

    @Test
    void anImportReplacesExistingSlugsAsEditsUnlessToldNotTo() {
        stack.admin.add(AdminStack.owner(), X, roleYaml("Kept Role", "kept"));
        String stream = roleYaml("Kept Role Renamed", "kept") + "---\n" + roleYaml("New Role", "new-role");
        assertThat(stack.transfers.importStream(AdminStack.owner(), X, "s", stream, false).status()).isEqualTo(AdminResult.Status.INVALID);
        assertThat(stack.store.find(X, "new-role")).isEmpty();
        assertThat(stack.transfers.importStream(AdminStack.owner(), X, "s", stream, true).applied()).isTrue();
        assertThat(stack.catalogs.of(X).bySlug("kept").orElseThrow().name()).isEqualTo("Kept Role Renamed");
        assertThat(stack.admin.history(X, "kept")).extracting(AuditEntry::action).containsExactly("add", "edit");
    }

    @Test
    void exportThenImportRoundTripsAsAStreamAndAsAFolder() throws IOException {
        for (int i = 1; i <= 3; i++) {
            stack.admin.add(AdminStack.owner(), X, roleYaml("Round Trip " + i, "round-trip-" + i));
        }
        String stream = stack.transfers.exportStream(X);
        assertThat(stack.transfers.importStream(AdminStack.owner(), Y, "export", stream, true).applied()).isTrue();
        assertThat(stack.transfers.rolesOf(Y)).isEqualTo(stack.transfers.rolesOf(X));

        Path folder = dir.resolve("export");
        assertThat(stack.transfers.exportFolder(X, folder)).isEqualTo(3);
        RoleFolder.Report report = new RoleFolder(new RoleYaml(new RoleValidator())).read(folder);
        assertThat(report.isValid()).isTrue();
        Scope z = Scope.parse("telegram:-300");
        assertThat(stack.transfers.importFolder(AdminStack.owner(), z, folder, true).applied()).isTrue();
        assertThat(stack.transfers.rolesOf(z)).isEqualTo(stack.transfers.rolesOf(X));

        Path global = dir.resolve("global");
        stack.transfers.exportFolder(Scope.GLOBAL, global);
        List<Role> exported = new RoleFolder(new RoleYaml(new RoleValidator())).read(global).roles();
        assertThat(exported.stream().sorted(Comparator.comparing(Role::slug)).toList())
                .isEqualTo(BundledRoles.all().stream().sorted(Comparator.comparing(Role::slug)).toList());
    }

    @Test
    void removedRolesKeepTheirHistoryAndComeBack() {
        stack.admin.add(AdminStack.moderatorOf("100"), X, roleYaml("Passing Role", "passing"));
        assertThat(stack.admin.remove(AdminStack.moderatorOf("100"), X, "passing").applied()).isTrue();
        assertThat(stack.catalogs.of(X).bySlug("passing")).isEmpty();
        assertThat(stack.admin.add(AdminStack.moderatorOf("100"), X, roleYaml("Passing Role", "passing")).message())
                .contains("restore");
        assertThat(stack.admin.restore(AdminStack.moderatorOf("100"), X, "passing").applied()).isTrue();
        assertThat(stack.admin.history(X, "passing")).extracting(AuditEntry::action).containsExactly("add", "remove", "add", "restore");
    }

    @Test
    void anOwnerErasesOnePersonsNamesFromTheAudit() {
        stack.admin.add(AdminStack.moderatorOf("100"), X, roleYaml("Some Role", "some-role"));
        assertThat(stack.admin.eraseUser(AdminStack.moderatorOf("100"), "discord", "7").status()).isEqualTo(AdminResult.Status.REFUSED);
        assertThat(stack.admin.eraseUser(AdminStack.owner(), "discord", "7").applied()).isTrue();
        assertThat(stack.admin.history(X, "some-role")).allSatisfy(entry -> {
            assertThat(entry.actorName()).isNull();
            assertThat(entry.actorId()).isEqualTo("erased");
        });
    }

    @Test
    void suggestionsQueueUpForTheCommunitysModerators() {
        assertThat(stack.suggestions.suggest(AdminStack.memberOf("100"), X, "Add Data Engineer").applied()).isTrue();
        assertThat(stack.suggestions.open(AdminStack.memberOf("100"), X)).isEmpty();
        List<Suggestions.Suggestion> open = stack.suggestions.open(AdminStack.moderatorOf("100"), X).orElseThrow();
        assertThat(open).singleElement().satisfies(s -> assertThat(s.text()).isEqualTo("Add Data Engineer"));
        assertThat(stack.suggestions.open(AdminStack.moderatorOf("200"), Y).orElseThrow()).isEmpty();
        assertThat(stack.suggestions.accept(AdminStack.moderatorOf("100"), X, open.get(0).id()).applied()).isTrue();
        assertThat(stack.events).anySatisfy(event -> assertThat(event).isInstanceOfSatisfying(Suggestions.SuggestionHandled.class,
                handled -> assertThat(handled.userId()).isEqualTo("9")));
        assertThat(stack.suggestions.open(AdminStack.moderatorOf("100"), X).orElseThrow()).isEmpty();
        for (int i = 0; i < 2; i++) {
            stack.suggestions.suggest(AdminStack.memberOf("100"), X, "More " + i);
        }
        assertThat(stack.suggestions.suggest(AdminStack.memberOf("100"), X, "One too many").status()).isEqualTo(AdminResult.Status.REFUSED);
    }
}
