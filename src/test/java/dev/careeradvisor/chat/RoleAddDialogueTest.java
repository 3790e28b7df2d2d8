package dev.careeradvisor.chat;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

/** How typed answers become the values of a role's fields, before the validator judges them. */
class RoleAddDialogueTest {

    @Test
    void aSalaryIsReadInTheWaysPeopleWriteIt() {
        assertThat(RoleAddDialogue.document(Map.of("salary", "120000-210000 USD")).get("salary"))
                .isEqualTo(Map.of("min", 120000, "max", 210000, "currency", "USD", "period", "year"));
        assertThat(RoleAddDialogue.document(Map.of("salary", "$4,000 to $6,500 eur/month")).get("salary"))
                .isEqualTo(Map.of("min", 4000, "max", 6500, "currency", "EUR", "period", "month"));
        assertThat(RoleAddDialogue.document(Map.of("salary", "a lot")).get("salary")).isEqualTo("a lot");
    }

    @Test
    void numbersYesNoAndLevelsBecomeTheirTypes() {
        Map<String, Object> document = RoleAddDialogue.document(Map.of("demand", "9,2", "aiReplacementRisk", "15%",
                "remoteFriendly", "Yes", "requiresCoding", "no", "difficulty", "advanced", "entryBarrier", "HIGH"));
        assertThat(document).containsEntry("demand", 9.2).containsEntry("aiReplacementRisk", 15)
                .containsEntry("remoteFriendly", true).containsEntry("requiresCoding", false)
                .containsEntry("difficulty", "Advanced").containsEntry("entryBarrier", "High");
        assertThat(RoleAddDialogue.document(Map.of("remoteFriendly", "sometimes"))).containsEntry("remoteFriendly", "sometimes");
    }

    @Test
    void skillsAreLinesAndSourcesATitleWithAnOptionalLink() {
        Map<String, Object> document = RoleAddDialogue.document(Map.of("category", "AI Engineering", "interest", "-",
                "skills", "- Prompt engineering\n\n• RAG\n", "sources", "Survey | https://example.org\nA book"));
        assertThat(document).containsEntry("interest", "AI Engineering").containsEntry("skills", List.of("Prompt engineering", "RAG"));
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> sources = (List<Map<String, Object>>) document.get("sources");
        assertThat(sources).extracting(source -> source.get("title")).containsExactly("Survey", "A book");
        assertThat(sources.get(0)).containsEntry("url", "https://example.org");
        assertThat(sources.get(1)).doesNotContainKey("url");
    }
}
