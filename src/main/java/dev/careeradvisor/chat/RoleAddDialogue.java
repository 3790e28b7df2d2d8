package dev.careeradvisor.chat;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import dev.careeradvisor.admin.AdminService;
import dev.careeradvisor.catalog.RoleCheck;
import dev.careeradvisor.catalog.RoleValidator;
import dev.careeradvisor.catalog.RoleViolation;
import dev.careeradvisor.catalog.RoleWriter;
import dev.careeradvisor.catalog.Scope;
import org.springframework.context.support.MessageSourceAccessor;

/**
 * {@code role-admin add} one field at a time, for chats without forms: each answer is checked at
 * once by the same validator as a role file, with its messages, and asked again until it passes; the
 * finished role goes to the admin service like any other. Where the dialogue stands lives in the
 * conversation store, so any instance can take the next answer, until it expires.
 */
final class RoleAddDialogue {

    static final String DIALOGUE = "role-add";
    static final Duration LIFESPAN = Duration.ofMinutes(30);
    static final List<String> STEPS = List.of("name", "category", "interest", "salary", "demand", "aiReplacementRisk",
            "learningCurveMonths", "difficulty", "entryBarrier", "remoteFriendly", "requiresCoding", "skills", "sources");
    private static final Pattern SALARY = Pattern.compile("\\$?\\s*([\\d,._ ]+)\\s*(?:-|–|to)\\s*\\$?\\s*([\\d,._ ]+)\\s*([A-Za-z]{3})?\\s*(?:/\\s*(year|month|hour))?");
    private static final Pattern YES = Pattern.compile("(?i)y|yes|true|ja|oui|si|✅");
    private static final Pattern NO = Pattern.compile("(?i)n|no|false|nein|non|❌");

    private final ConversationStore conversations;
    private final RoleValidator validator;
    private final AdminService admin;
    private final AdminReplies replies;
    private final MessageSourceAccessor messages;

    RoleAddDialogue(ConversationStore conversations, RoleValidator validator, AdminService admin, AdminReplies replies,
            MessageSourceAccessor messages) {
        this.conversations = conversations;
        this.validator = validator;
        this.admin = admin;
        this.replies = replies;
        this.messages = messages;
    }

    /** Starts the dialogue, unless this person may not add roles here: then the refusal, before any question. */
    Reply start(Actor actor, Scope scope) {
        Optional<String> refused = admin.refusal(Editors.of(actor), scope);
        if (refused.isPresent()) {
            return Reply.error(Reply.Problem.FORBIDDEN, refused.get());
        }
        conversations.save(actor, DIALOGUE, STEPS.get(0), Map.of("scope", scope.id()), LIFESPAN);
        return question(0, null);
    }

    /** Whether this person is in the middle of the dialogue, so that what they type is their next answer. */
    boolean active(Actor actor) {
        return conversations.load(actor).filter(c -> c.dialogue().equals(DIALOGUE)).isPresent();
    }

    /** The reply to what this person typed, when they are in the dialogue; empty when they are not (one read either way). */
    Optional<Reply> answer(Actor actor, String text) {
        return conversations.load(actor).filter(c -> c.dialogue().equals(DIALOGUE)).map(conversation -> answer(actor, conversation, text));
    }

    private Reply answer(Actor actor, ConversationStore.Conversation conversation, String text) {
        if (text.strip().equalsIgnoreCase("cancel") || text.strip().equalsIgnoreCase("/cancel")) {
            conversations.end(actor);
            return Reply.of(new Card(msg("dialogue.add.cancelled"), null, Card.Colour.HELP, List.of(), "", List.of()), null);
        }
        int step = STEPS.indexOf(conversation.step());
        Map<String, String> answers = new HashMap<>(conversation.answers());
        answers.put(conversation.step(), text.strip());
        Optional<String> problem = problem(document(answers), conversation.step());
        if (problem.isPresent()) {
            return question(step, problem.get());
        }
        if (step + 1 < STEPS.size()) {
            conversations.save(actor, DIALOGUE, STEPS.get(step + 1), answers, LIFESPAN);
            return question(step + 1, null);
        }
        conversations.end(actor);
        Scope scope = Scope.parse(answers.get("scope"));
        return replies.of(admin.add(Editors.of(actor), scope, RoleWriter.fragment(document(answers))));
    }

    /** The first rule the answer breaks, worded as the validator words it; other fields are not asked yet. */
    private Optional<String> problem(Map<String, Object> document, String step) {
        if (step.equals("salary") && !(document.get("salary") instanceof Map)) {
            return Optional.of(msg("dialogue.add.salaryFormat"));
        }
        if ((step.equals("remoteFriendly") || step.equals("requiresCoding")) && !(document.get(step) instanceof Boolean)) {
            return Optional.of(msg("dialogue.add.yesNo"));
        }
        RoleCheck check = validator.check(msg("admin.source.add"), document);
        return check.violations().stream()
                .filter(v -> v.field().equals(step) || v.field().startsWith(step + ".") || v.field().startsWith(step + "["))
                .map(RoleViolation::toString).findFirst();
    }

    /** The role document the answers so far describe, each answer turned into the value its field takes. */
    static Map<String, Object> document(Map<String, String> answers) {
        Map<String, Object> document = new LinkedHashMap<>();
        for (String step : STEPS) {
            String answer = answers.get(step);
            if (answer == null) {
                continue;
            }
            document.put(step, switch (step) {
                case "interest" -> answer.equals("-") ? answers.getOrDefault("category", answer) : answer;
                case "salary" -> salary(answer);
                case "demand", "aiReplacementRisk", "learningCurveMonths" -> number(answer);
                case "remoteFriendly", "requiresCoding" -> YES.matcher(answer).matches() ? (Object) true : NO.matcher(answer).matches() ? false : answer;
                case "difficulty", "entryBarrier" -> answer.isEmpty() ? answer
                        : answer.substring(0, 1).toUpperCase(Locale.ROOT) + answer.substring(1).toLowerCase(Locale.ROOT);
                case "skills" -> answer.lines().map(line -> line.strip().replaceFirst("^[-•*]\\s+", "")).filter(line -> !line.isEmpty()).toList();
                case "sources" -> answer.lines().map(String::strip).filter(line -> !line.isEmpty()).map(RoleAddDialogue::source).toList();
                default -> answer;
            });
        }
        return document;
    }

    private static Object salary(String answer) {
        Matcher m = SALARY.matcher(answer.strip());
        if (!m.matches()) {
            return answer;
        }
        Map<String, Object> salary = new LinkedHashMap<>();
        salary.put("min", number(m.group(1).replaceAll("[,._ ]", "")));
        salary.put("max", number(m.group(2).replaceAll("[,._ ]", "")));
        salary.put("currency", m.group(3) == null ? "USD" : m.group(3).toUpperCase(Locale.ROOT));
        salary.put("period", m.group(4) == null ? "year" : m.group(4));
        return salary;
    }

    private static Object number(String answer) {
        try {
            BigDecimal value = new BigDecimal(answer.strip().replace(',', '.').replace("%", ""));
            return value.scale() <= 0 ? (Object) value.intValueExact() : value.doubleValue();
        } catch (NumberFormatException | ArithmeticException e) {
            return answer;
        }
    }

    /** "Title | https://…" or just a title; retrieved today. */
    private static Map<String, Object> source(String line) {
        String[] parts = line.split("\\s*\\|\\s*", 2);
        Map<String, Object> source = new LinkedHashMap<>();
        source.put("title", parts[0]);
        if (parts.length == 2 && !parts[1].isBlank()) {
            source.put("url", parts[1]);
        }
        source.put("retrieved", LocalDate.now().toString());
        return source;
    }

    private Reply question(int step, String problem) {
        String question = msg("dialogue.add." + STEPS.get(step));
        String text = problem == null ? question : problem + "\n\n" + question;
        return Reply.of(new Card(msg("dialogue.add.title", step + 1, STEPS.size()), text, Card.Colour.QUESTION, List.of(),
                msg("dialogue.add.footer"), List.of()), null);
    }

    private String msg(String code, Object... arguments) {
        return messages.getMessage(code, arguments);
    }
}
