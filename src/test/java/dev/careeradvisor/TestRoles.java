package dev.careeradvisor;

/** Role documents that tests add through the admin paths: a small role that needs no coding and is easy to get into. */
public final class TestRoles {

    private TestRoles() {
    }

    /** The YAML of a valid role named {@code name} with the given skills (a YAML flow list such as "[A, B]"). */
    public static String yaml(String name, String skills) {
        return """
                name: %s
                category: AI Engineering
                salary: {min: 90000, max: 150000, currency: USD, period: year}
                demand: 8.1
                aiReplacementRisk: 30
                learningCurveMonths: 4
                difficulty: Intermediate
                entryBarrier: Low
                remoteFriendly: true
                requiresCoding: false
                skills: %s
                sources: [{title: Our own survey, retrieved: 2026-11-30}]
                """.formatted(name, skills);
    }
}
