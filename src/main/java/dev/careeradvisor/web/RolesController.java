package dev.careeradvisor.web;

import java.util.List;

import dev.careeradvisor.catalog.Catalog;
import dev.careeradvisor.catalog.Catalogs;
import dev.careeradvisor.catalog.Scope;
import dev.careeradvisor.catalog.NameResolution;
import dev.careeradvisor.catalog.Role;
import org.jspecify.annotations.Nullable;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/roles")
class RolesController {

    private final Catalogs catalogs;
    private final Problems problems;

    RolesController(Catalogs catalogs, Problems problems) {
        this.catalogs = catalogs;
        this.problems = problems;
    }

    @GetMapping
    List<Role> roles(@RequestParam(required = false) @Nullable String category) {
        Catalog catalog = catalogs.of(Scope.GLOBAL);
        return category == null || category.isBlank() ? catalog.roles() : catalog.inCategory(category);
    }

    /** A role by its slug; a name or a near miss that means exactly one role is accepted too. */
    @GetMapping("/{slug}")
    ResponseEntity<?> role(@PathVariable String slug) {
        Catalog catalog = catalogs.of(Scope.GLOBAL);
        Role exact = catalog.bySlug(slug).orElse(null);
        if (exact != null) {
            return ResponseEntity.ok(exact);
        }
        NameResolution resolution = catalog.resolve(slug);
        if (resolution instanceof NameResolution.Found found) {
            return ResponseEntity.ok(found.role());
        }
        return problems.unresolved(slug, resolution);
    }
}
