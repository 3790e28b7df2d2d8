package dev.careeradvisor.web;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

@SpringBootTest(properties = {"web.rate-limit.burst=100000", "web.rate-limit.per-minute=100000"})
@AutoConfigureMockMvc
class ApiTest {

    @Autowired
    MockMvc mvc;

    @Test
    void listsTheCatalogAndFiltersByCategory() throws Exception {
        mvc.perform(get("/api/roles")).andExpect(status().isOk())
                .andExpect(jsonPath("$", hasSize(6)))
                .andExpect(jsonPath("$[0].name").value("AI Middleware Engineer"));
        mvc.perform(get("/api/roles").param("category", "ai engineering")).andExpect(jsonPath("$", hasSize(6)));
        mvc.perform(get("/api/roles").param("category", "Plumbing")).andExpect(jsonPath("$", hasSize(0)));
    }

    @Test
    void aRoleHasEveryFieldOfItsFile() throws Exception {
        mvc.perform(get("/api/roles/ai-multi-agent-systems-engineer")).andExpect(status().isOk())
                .andExpect(jsonPath("$.slug").value("ai-multi-agent-systems-engineer"))
                .andExpect(jsonPath("$.salary.min").value(120000))
                .andExpect(jsonPath("$.salary.max").value(280000))
                .andExpect(jsonPath("$.salary.currency").value("USD"))
                .andExpect(jsonPath("$.salary.period").value("year"))
                .andExpect(jsonPath("$.demand").value(9.2))
                .andExpect(jsonPath("$.aiReplacementRisk").value(15))
                .andExpect(jsonPath("$.learningCurveMonths").value(10))
                .andExpect(jsonPath("$.difficulty").value("Advanced"))
                .andExpect(jsonPath("$.entryBarrier").value("High"))
                .andExpect(jsonPath("$.remoteFriendly").value(true))
                .andExpect(jsonPath("$.requiresCoding").value(true))
                .andExpect(jsonPath("$.skills", hasSize(8)))
                .andExpect(jsonPath("$.sources[0].retrieved").value("2026-11-22"))
                .andExpect(jsonPath("$.interest").value("Engineering"));
    }

    @Test
    void comparesByForgivingNames() throws Exception {
        mvc.perform(get("/api/compare").param("a", "routing").param("b", "midleware")).andExpect(status().isOk())
                .andExpect(jsonPath("$.a.slug").value("ai-model-routing-engineer"))
                .andExpect(jsonPath("$.b.slug").value("ai-middleware-engineer"))
                .andExpect(jsonPath("$.verdicts[0].criterion").value("salaryCeiling"))
                .andExpect(jsonPath("$.verdicts[0].tie").value(true))
                .andExpect(jsonPath("$.verdicts[0].winner").value(nullValue()))
                .andExpect(jsonPath("$.verdicts[1].criterion").value("entryBarrier"))
                .andExpect(jsonPath("$.verdicts[1].winner").value("ai-middleware-engineer"))
                .andExpect(jsonPath("$.skills.related[0].score").isNumber())
                .andExpect(jsonPath("$.transition.aToB.of").value(8))
                .andExpect(jsonPath("$.transition.aToB.level").isString())
                .andExpect(jsonPath("$.chooseIf.b[2]").value("Want the higher-demand career path"));
    }

    @Test
    void theLearningCurveDecidesAnEqualBarrierAndSaysSo() throws Exception {
        mvc.perform(get("/api/compare").param("a", "routing").param("b", "on-device"))
                .andExpect(jsonPath("$.verdicts[1].winner").value("ai-model-routing-engineer"))
                .andExpect(jsonPath("$.verdicts[1].decidedBy").value("learningCurve"));
    }

    @Test
    void anUnknownNameIs404WithSuggestions() throws Exception {
        mvc.perform(get("/api/compare").param("a", "routing").param("b", "data wrangler"))
                .andExpect(status().isNotFound())
                .andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.status").value(404))
                .andExpect(jsonPath("$.detail").value(containsString("data wrangler")))
                .andExpect(jsonPath("$.suggestions[0].slug").isString())
                .andExpect(jsonPath("$.suggestions[0].name").isString());
        mvc.perform(get("/api/roles/plumber")).andExpect(status().isNotFound())
                .andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.suggestions").isArray());
    }

    @Test
    void anAmbiguousNameIs404WithTheCandidates() throws Exception {
        mvc.perform(get("/api/compare").param("a", "model").param("b", "middleware"))
                .andExpect(status().isNotFound())
                .andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.suggestions", hasSize(2)))
                .andExpect(jsonPath("$.suggestions[*].slug").value(org.hamcrest.Matchers.containsInAnyOrder(
                        "ai-model-routing-engineer", "ai-model-compression-engineer")));
    }

    @Test
    void aMissingOrEmptyParameterIs400() throws Exception {
        mvc.perform(get("/api/compare").param("a", "routing")).andExpect(status().isBadRequest())
                .andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.status").value(400));
        mvc.perform(get("/api/compare").param("a", "routing").param("b", " ")).andExpect(status().isBadRequest())
                .andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON));
    }

    @Test
    void theSameRoleTwiceIs400() throws Exception {
        mvc.perform(get("/api/compare").param("a", "routing").param("b", "AI Model Routing Engineer"))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.detail").value(containsString("AI Model Routing Engineer")));
    }

    @Test
    void healthReportsTheCatalog() throws Exception {
        mvc.perform(get("/actuator/health")).andExpect(status().isOk())
                .andExpect(jsonPath("$.components.catalog.status").value("UP"))
                .andExpect(jsonPath("$.components.catalog.details.roles").value(6))
                .andExpect(jsonPath("$.components.catalog.details.refused").value(0));
    }
}
