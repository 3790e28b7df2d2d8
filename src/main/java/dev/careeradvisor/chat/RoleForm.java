package dev.careeradvisor.chat;

import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * A role as a form of five texts, for platforms with forms (Discord's modals allow five inputs of at
 * most 4000 characters): the name, the descriptive fields and the figures as YAML lines, the
 * skills one per line, and the sources as a YAML list.
 *
 * @param slug  the role being edited, or null for a new one
 * @param basis what the role was when the form was opened; an edit of a role changed since is a conflict
 */
public record RoleForm(@Nullable String slug, String basis, String name, String about, String figures, String skills,
        String sources) {

    /** The most one input holds. */
    public static final int LIMIT = 4000;

    /** The five texts in form order. */
    public List<String> texts() {
        return List.of(name, about, figures, skills, sources);
    }

    /** Whether every text fits one input; a role too large is edited as a YAML file instead. */
    public boolean fits() {
        return texts().stream().allMatch(text -> text.length() <= LIMIT);
    }

    public RoleForm withTexts(List<String> texts) {
        return new RoleForm(slug, basis, texts.get(0), texts.get(1), texts.get(2), texts.get(3), texts.get(4));
    }
}
