package dev.careeradvisor.chat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import dev.careeradvisor.advise.AdviceService;
import dev.careeradvisor.advise.Answers;
import dev.careeradvisor.advise.RankedRole;
import dev.careeradvisor.catalog.Catalog;
import dev.careeradvisor.catalog.Catalogs;
import dev.careeradvisor.catalog.Role;
import org.springframework.context.support.MessageSourceAccessor;

/**
 * {@code advise}: the "which fits me?" quiz, one question at a time with a button per answer (and
 * Skip and Stop), its state kept in the {@link ConversationStore} per person and community, so that
 * a restart or another instance carries on. The last answer brings the top three of the ranking.
 */
final class AdviseCommand implements ChatCommand {

    static final List<String> STEPS = List.of("coding", "remote", "learning", "priority", "interest");
    static final String DIALOGUE = "advise";
    private static final Duration LIFESPAN = Duration.ofHours(1);
    private static final int SHOWN = 3;

    private final AdviceService advice;
    private final Catalogs catalogs;
    private final ConversationStore conversations;
    private final MessageSourceAccessor messages;

    AdviseCommand(AdviceService advice, Catalogs catalogs, ConversationStore conversations, MessageSourceAccessor messages) {
        this.advice = advice;
        this.catalogs = catalogs;
        this.conversations = conversations;
        this.messages = messages;
    }

    @Override
    public String name() {
        return "advise";
    }

    @Override
    public Reply handle(Actor actor, List<String> arguments) {
        List<String> words = arguments.size() == 1 ? Words.split(arguments.get(0)) : arguments;
        Catalog catalog = catalogs.of(Scopes.of(actor));
        if (words.isEmpty()) {
            conversations.save(actor, DIALOGUE, STEPS.get(0), Map.of(), LIFESPAN);
            return question(catalog, 0);
        }
        if (words.get(0).equals("stop")) {
            conversations.end(actor);
            return Reply.of(new Card(msg("advise.stopped"), null, Card.Colour.HELP, List.of(), "",
                    List.of(startOver())), null);
        }
        if (!words.get(0).equals("answer") || words.size() != 3) {
            return Reply.error(Reply.Problem.USAGE, msg("advise.usage"), List.of(startOver()));
        }
        var conversation = conversations.load(actor).filter(c -> c.dialogue().equals(DIALOGUE)).orElse(null);
        if (conversation == null) {
            return Reply.error(Reply.Problem.USAGE, msg("advise.noQuiz"), List.of(startOver()));
        }
        int step = STEPS.indexOf(conversation.step());
        if (!words.get(1).equals(conversation.step())) {
            return question(catalog, step);
        }
        Map<String, String> answers = new HashMap<>(conversation.answers());
        answers.put(conversation.step(), words.get(2));
        if (step + 1 < STEPS.size()) {
            conversations.save(actor, DIALOGUE, STEPS.get(step + 1), answers, LIFESPAN);
            return question(catalog, step + 1);
        }
        conversations.end(actor);
        return result(catalog, toAnswers(answers));
    }

    /** The answers as the advice service takes them; "skip" and unknown keys are skipped questions. */
    static Answers toAnswers(Map<String, String> answers) {
        return new Answers(
                parse(Answers.Coding.class, answers.get("coding")),
                parse(Answers.Remote.class, answers.get("remote")),
                parse(Answers.Learning.class, answers.get("learning")),
                parse(Answers.Priority.class, answers.get("priority")),
                answers.getOrDefault("interest", "skip").equals("skip") ? null : answers.get("interest"));
    }

    private static <E extends Enum<E> & Answers.Choice> E parse(Class<E> type, String key) {
        return key == null ? null : Answers.parse(type, key).orElse(null);
    }

    private Reply question(Catalog catalog, int step) {
        String name = STEPS.get(step);
        List<Action> actions = new ArrayList<>();
        for (String option : options(catalog, name)) {
            String label = name.equals("interest") && !option.equals("any") ? option : msg("advise.option." + name + "." + option);
            actions.add(new Action.Button(label, CommandCall.of(name(), "answer", name, option)));
        }
        actions.add(new Action.Button(msg("advise.skip"), CommandCall.of(name(), "answer", name, "skip")));
        actions.add(new Action.Button(msg("advise.stop"), CommandCall.of(name(), "stop")));
        return Reply.of(new Card(msg("advise.question.title", step + 1, STEPS.size()), msg("advise.question." + name),
                Card.Colour.HELP, List.of(), msg("advise.question.footer"), actions), null);
    }

    private List<String> options(Catalog catalog, String step) {
        return switch (step) {
            case "coding" -> Answers.keys(Answers.Coding.class);
            case "remote" -> Answers.keys(Answers.Remote.class);
            case "learning" -> Answers.keys(Answers.Learning.class);
            case "priority" -> Answers.keys(Answers.Priority.class);
            default -> {
                Set<String> areas = new LinkedHashSet<>(catalog.categories());
                catalog.roles().stream().map(Role::interest).sorted(String.CASE_INSENSITIVE_ORDER).forEach(areas::add);
                List<String> shown = new ArrayList<>(areas).subList(0, Math.min(areas.size(), 20));
                List<String> all = new ArrayList<>(shown);
                all.add("any");
                yield all;
            }
        };
    }

    private Reply result(Catalog catalog, Answers answers) {
        List<RankedRole> ranking = advice.rank(catalog, answers);
        List<Card.Field> fields = new ArrayList<>();
        for (RankedRole ranked : ranking.subList(0, Math.min(SHOWN, ranking.size()))) {
            List<String> lines = new ArrayList<>();
            ranked.reasons().forEach(r -> lines.add("+ " + r));
            ranked.against().forEach(a -> lines.add("- " + a));
            fields.add(new Card.Field(msg("advise.result.place", ranked.rank(), ranked.name(), String.format(java.util.Locale.ROOT, "%.2f", ranked.score())),
                    lines.isEmpty() ? msg("card.none") : String.join("\n", lines), false));
        }
        List<Action> actions = new ArrayList<>();
        if (ranking.size() >= 2) {
            actions.add(new Action.Button(msg("advise.compareTop"), CommandCall.of("compare", ranking.get(0).slug(), ranking.get(1).slug())));
        }
        actions.add(startOver());
        boolean noGoodFit = !ranking.isEmpty() && !ranking.get(0).fits();
        return Reply.of(new Card(msg("advise.result.title"), noGoodFit ? msg("advise.result.noGoodFit") : null, Card.Colour.HELP,
                fields, msg("advise.result.footer"), actions), ranking);
    }

    private Action startOver() {
        return new Action.Button(msg("advise.startOver"), CommandCall.of(name()));
    }

    private String msg(String code, Object... args) {
        return messages.getMessage(code, args);
    }
}
