package dev.careeradvisor.admin;

import java.util.Optional;
import java.util.Set;

import dev.careeradvisor.catalog.Scope;
import org.springframework.context.support.MessageSourceAccessor;

/**
 * The one place that decides who may change which scope: owners may change any; a community's
 * moderators only their own community's. A refusal says who may do it.
 */
final class Permissions {

    private final Set<String> owners;
    private final MessageSourceAccessor messages;

    Permissions(Set<String> owners, MessageSourceAccessor messages) {
        this.owners = Set.copyOf(owners);
        this.messages = messages;
    }

    boolean isOwner(Editor editor) {
        return editor.isLocal() || owners.contains(editor.ownerKey());
    }

    /** Empty when the editor may change the scope; otherwise why not, and who may. */
    Optional<String> refusal(Editor editor, Scope scope) {
        if (isOwner(editor)) {
            return Optional.empty();
        }
        if (scope.isGlobal()) {
            return Optional.of(messages.getMessage("admin.refused.global"));
        }
        boolean ownCommunity = editor.community() != null && scope.equals(Scope.community(editor.platform(), editor.community()));
        if (ownCommunity && editor.moderator()) {
            return Optional.empty();
        }
        return Optional.of(messages.getMessage(ownCommunity ? "admin.refused.notModerator" : "admin.refused.otherCommunity"));
    }

    /** Empty for owners; owner-only commands (erasing a person's names) refuse everyone else. */
    Optional<String> ownerOnly(Editor editor) {
        return isOwner(editor) ? Optional.empty() : Optional.of(messages.getMessage("admin.refused.ownerOnly"));
    }
}
