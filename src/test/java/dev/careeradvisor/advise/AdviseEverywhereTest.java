package dev.careeradvisor.advise;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.ArrayList;
import java.util.List;

import dev.careeradvisor.admin.AdminService;
import dev.careeradvisor.admin.Editor;
import dev.careeradvisor.catalog.Scope;
import dev.careeradvisor.chat.Action;
import dev.careeradvisor.chat.Actor;
import dev.careeradvisor.chat.ChatRequest;
import dev.careeradvisor.chat.ChatService;
import dev.careeradvisor.chat.Platform;
import dev.careeradvisor.chat.Reply;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The quiz through the chat (as the console and a platform drive it) and through HTTP: same answers, same ranking. */
@SpringBootTest
@AutoConfigureMockMvc
class AdviseEverywhereTest {

    @Autowired
    ChatService chat;

    @Autowired
    MockMvc mvc;

    @Autowired
    AdminService admin;

    final JsonMapper json = JsonMapper.builder().build();

    /** Answers the quiz by pressing the buttons whose labels are given (or Skip), as a chat platform would. */
    Reply takeQuiz(Actor actor, String... labels) {
        Reply reply = chat.handle(ChatRequest.text(actor, "/advise"));
        for (String label : labels) {
            Action.Button button = reply.cards().get(0).actions().stream().filter(Action.Button.class::isInstance)
                    .map(Action.Button.class::cast).filter(b -> b.label().equals(label)).findFirst().orElseThrow(() ->
                            new AssertionError("no button " + label));
            reply = chat.handle(ChatRequest.call(actor, button.call()));
        }
        return reply;
    }

    @SuppressWarnings("unchecked")
    static List<String> top(Reply result) {
        return ((List<RankedRole>) result.data()).stream().map(r -> r.rank() + " " + r.slug() + " " + r.score()).toList();
    }

    @Test
    void theSameAnswersRankTheSameInTheChatAndOverHttp() throws Exception {
        Actor telegram = new Actor(Platform.TELEGRAM, "31", "Tess", null, false);
        Reply viaChat = takeQuiz(telegram, "Yes", "Yes", "Up to 12 months", "Salary ceiling", "Skip");
        assertThat(viaChat.cards().get(0).title()).isEqualTo("Your best fits");
        assertThat(viaChat.cards().get(0).fields()).hasSize(3);
        assertThat(viaChat.cards().get(0).actions()).extracting(Action::label).containsExactly("Compare #1 and #2", "Start over");

        String body = mvc.perform(post("/api/advise").contentType(MediaType.APPLICATION_JSON)
                        .content("{\"coding\":\"yes\",\"remote\":\"yes\",\"learningMonths\":12,\"priority\":\"salaryCeiling\"}"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        List<String> viaHttp = new ArrayList<>();
        for (JsonNode place : json.readTree(body).get("ranking")) {
            viaHttp.add(place.get("rank").asInt() + " " + place.get("slug").asString() + " " + place.get("score").asDouble());
        }
        assertThat(viaHttp).isEqualTo(top(viaChat));

        Actor console = Actor.console();
        Reply viaConsole = takeQuiz(console, "Yes", "Yes", "Up to 12 months", "Salary ceiling", "Skip");
        assertThat(top(viaConsole)).isEqualTo(top(viaChat));
    }

    @Test
    void aRoleAddedByACommunityTakesPartInThatCommunitysQuizOnly() {
        String role = dev.careeradvisor.TestRoles.yaml("Prompt Librarian", "[Curating prompt libraries]");
        assertThat(admin.add(new Editor("discord", "7", "Mo", "4242", true), Scope.parse("discord:4242"), role).applied()).isTrue();
        Actor member = new Actor(Platform.DISCORD, "8", "Mem", "4242", false);
        Actor outsider = new Actor(Platform.DISCORD, "8", "Mem", "4343", false);
        Reply inside = takeQuiz(member, "No", "Skip", "Up to 6 months", "Skip", "Skip");
        assertThat(top(inside).get(0)).contains("prompt-librarian");
        assertThat(inside.cards().get(0).description()).isNull();
        Reply outside = takeQuiz(outsider, "No", "Skip", "Up to 6 months", "Skip", "Skip");
        assertThat(top(outside)).noneMatch(line -> line.contains("prompt-librarian"));
        assertThat(outside.cards().get(0).description()).startsWith("No role here fits all your answers");
    }

    @Test
    void helpNamesTheQuiz() {
        assertThat(chat.handle(ChatRequest.text(Actor.console(), "/help")).cards().get(0).fields())
                .extracting(dev.careeradvisor.chat.Card.Field::name).contains("/advise", "/suggest TEXT");
    }

    @Test
    void aPressOnSomeoneElsesQuizChangesNothing() {
        Actor owner = new Actor(Platform.TELEGRAM, "51", "Una", "-900", false);
        Actor other = new Actor(Platform.TELEGRAM, "52", "Ola", "-900", false);
        Reply first = chat.handle(ChatRequest.text(owner, "/advise"));
        Action.Button yes = (Action.Button) first.cards().get(0).actions().get(0);
        Reply pressedByOther = chat.handle(ChatRequest.call(other, yes.call()));
        assertThat(pressedByOther.isError()).isTrue();
        assertThat(pressedByOther.error()).startsWith("There is no quiz of yours in progress here");
        Reply pressedByOwner = chat.handle(ChatRequest.call(owner, yes.call()));
        assertThat(pressedByOwner.cards().get(0).title()).isEqualTo("Question 2 of 5");
    }

    @Test
    void badAnswersAre400ProblemsNamingTheFieldAndItsValues() throws Exception {
        mvc.perform(post("/api/advise").contentType(MediaType.APPLICATION_JSON).content("{\"coding\":\"maybe\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.field").value("coding"))
                .andExpect(jsonPath("$.detail").value("The field \"coding\" does not take that value; it takes \"yes\", \"some\", \"no\", or leave it out to skip the question."));
        mvc.perform(post("/api/advise").contentType(MediaType.APPLICATION_JSON).content("{\"learningMonths\":7}"))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.field").value("learningMonths"));
        mvc.perform(post("/api/advise").contentType(MediaType.APPLICATION_JSON).content("{\"salary\":\"high\"}"))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.field").value("salary"));
        mvc.perform(post("/api/advise").contentType(MediaType.APPLICATION_JSON).content("{}"))
                .andExpect(status().isOk()).andExpect(jsonPath("$.ranking[0].rank").value(1))
                .andExpect(jsonPath("$.ranking[0].slug").value("ai-middleware-engineer"))
                .andExpect(jsonPath("$.ranking[0].reasons").isArray())
                .andExpect(jsonPath("$.ranking[0].against").isArray());
    }
}
