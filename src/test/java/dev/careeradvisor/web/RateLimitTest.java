package dev.careeradvisor.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.util.HashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

@SpringBootTest(properties = {"web.rate-limit.burst=50", "web.rate-limit.per-minute=60"})
@AutoConfigureMockMvc
class RateLimitTest {

    @Autowired
    MockMvc mvc;

    @Test
    void aBurstOf2000RequestsFromOneAddressGets429sNotErrors() throws Exception {
        Map<Integer, Integer> statuses = new HashMap<>();
        MvcResult limited = null;
        for (int i = 0; i < 2000; i++) {
            MvcResult result = mvc.perform(get("/api/roles/ai-middleware-engineer").with(r -> {
                r.setRemoteAddr("203.0.113.7");
                return r;
            })).andReturn();
            statuses.merge(result.getResponse().getStatus(), 1, Integer::sum);
            if (result.getResponse().getStatus() == 429) {
                limited = result;
            }
        }
        assertThat(statuses.keySet()).containsOnly(200, 429);
        assertThat(statuses.get(200)).isBetween(50, 60);
        assertThat(limited.getResponse().getContentType()).isEqualTo("application/problem+json");
        assertThat(Integer.parseInt(limited.getResponse().getHeader("Retry-After"))).isPositive();
        assertThat(limited.getResponse().getContentAsString()).contains("\"status\":429").contains("Try again in");

        int otherAddress = mvc.perform(get("/api/roles").with(r -> {
            r.setRemoteAddr("198.51.100.1");
            return r;
        })).andReturn().getResponse().getStatus();
        assertThat(otherAddress).isEqualTo(200);
    }
}
