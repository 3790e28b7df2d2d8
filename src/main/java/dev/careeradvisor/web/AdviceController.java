package dev.careeradvisor.web;

import java.util.List;
import java.util.Map;
import java.util.Set;

import dev.careeradvisor.advise.AdviceService;
import dev.careeradvisor.advise.Answers;
import dev.careeradvisor.advise.RankedRole;
import dev.careeradvisor.catalog.Catalogs;
import dev.careeradvisor.catalog.Scope;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** {@code POST /api/advise}: the quiz's answers as JSON in, the ranking of the global catalog out. */
@RestController
class AdviceController {

    static final Set<String> FIELDS = Set.of("coding", "remote", "learningMonths", "priority", "interest");

    private final AdviceService advice;
    private final Catalogs catalogs;
    private final Problems problems;

    AdviceController(AdviceService advice, Catalogs catalogs, Problems problems) {
        this.advice = advice;
        this.catalogs = catalogs;
        this.problems = problems;
    }

    /** The ranking, best first. */
    record Ranking(List<RankedRole> ranking) {
    }

    @PostMapping("/api/advise")
    ResponseEntity<?> advise(@RequestBody(required = false) @Nullable Map<String, Object> body) {
        Map<String, Object> answers = body == null ? Map.of() : body;
        for (String field : answers.keySet()) {
            if (!FIELDS.contains(field)) {
                ProblemDetail problem = problems.problem(HttpStatus.BAD_REQUEST, "unknown-question", field);
                problem.setProperty("field", field);
                return Problems.respond(problem);
            }
        }
        Answers.Coding coding = null;
        Answers.Remote remote = null;
        Answers.Learning learning = null;
        Answers.Priority priority = null;
        if (answers.get("coding") != null) {
            coding = Answers.parse(Answers.Coding.class, String.valueOf(answers.get("coding"))).orElse(null);
            if (coding == null) {
                return bad("coding", quoted(Answers.keys(Answers.Coding.class)));
            }
        }
        if (answers.get("remote") != null) {
            remote = Answers.parse(Answers.Remote.class, String.valueOf(answers.get("remote"))).orElse(null);
            if (remote == null) {
                return bad("remote", quoted(Answers.keys(Answers.Remote.class)));
            }
        }
        if (answers.get("learningMonths") != null) {
            learning = Answers.parse(Answers.Learning.class, String.valueOf(answers.get("learningMonths"))).orElse(null);
            if (learning == null) {
                return bad("learningMonths", "6, 12, \"longer\"");
            }
        }
        if (answers.get("priority") != null) {
            priority = Answers.parse(Answers.Priority.class, String.valueOf(answers.get("priority"))).orElse(null);
            if (priority == null) {
                return bad("priority", quoted(Answers.keys(Answers.Priority.class)));
            }
        }
        Object interest = answers.get("interest");
        if (interest != null && !(interest instanceof String)) {
            return bad("interest", "a category or an interest of the catalog, or \"any\"");
        }
        Answers given = new Answers(coding, remote, learning, priority, (String) interest);
        return ResponseEntity.ok(new Ranking(advice.rank(catalogs.of(Scope.GLOBAL), given)));
    }

    private ResponseEntity<ProblemDetail> bad(String field, String allowed) {
        ProblemDetail problem = problems.problem(HttpStatus.BAD_REQUEST, "bad-answer", field, allowed);
        problem.setProperty("field", field);
        return Problems.respond(problem);
    }

    private static String quoted(List<String> keys) {
        return String.join(", ", keys.stream().map(k -> "\"" + k + "\"").toList());
    }
}
