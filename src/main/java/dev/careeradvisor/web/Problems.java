package dev.careeradvisor.web;

import java.net.URI;
import java.util.List;
import java.util.Map;

import dev.careeradvisor.catalog.NameResolution;
import dev.careeradvisor.catalog.Role;
import org.springframework.context.MessageSource;
import org.springframework.context.support.MessageSourceAccessor;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;

/** The API's RFC 9457 problem details, worded from the message bundle. */
@Component
class Problems {

    private final MessageSourceAccessor messages;

    Problems(MessageSource messageSource) {
        this.messages = new MessageSourceAccessor(messageSource, java.util.Locale.ENGLISH);
    }

    ResponseEntity<ProblemDetail> unresolved(String name, NameResolution resolution) {
        boolean ambiguous = resolution instanceof NameResolution.Ambiguous;
        List<Role> suggestions = ambiguous
                ? ((NameResolution.Ambiguous) resolution).candidates()
                : ((NameResolution.NotFound) resolution).suggestions();
        String kind = ambiguous ? "ambiguous-role" : "unknown-role";
        ProblemDetail problem = problem(HttpStatus.NOT_FOUND, kind, name);
        problem.setProperty("name", name);
        problem.setProperty("suggestions", suggestions.stream()
                .map(role -> Map.of("slug", role.slug(), "name", role.name())).toList());
        return respond(problem);
    }

    ResponseEntity<ProblemDetail> sameRole(Role role) {
        return respond(problem(HttpStatus.BAD_REQUEST, "same-role", role.name()));
    }

    ResponseEntity<ProblemDetail> blankParameter(String parameter) {
        return respond(problem(HttpStatus.BAD_REQUEST, "blank-parameter", parameter));
    }

    ProblemDetail problem(HttpStatus status, String kind, Object... args) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, messages.getMessage("problem." + kind + ".detail", args));
        problem.setTitle(messages.getMessage("problem." + kind + ".title"));
        problem.setType(URI.create("urn:career-advisor:problem:" + kind));
        return problem;
    }

    static ResponseEntity<ProblemDetail> respond(ProblemDetail problem) {
        return ResponseEntity.status(problem.getStatus()).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
    }
}
