package dev.careeradvisor.catalog;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.snakeyaml.engine.v2.api.Dump;
import org.snakeyaml.engine.v2.api.DumpSettings;
import org.snakeyaml.engine.v2.common.FlowStyle;

/**
 * Writes roles as the YAML that role files, imports and {@code validate-roles} read back unchanged:
 * the fields in the order of the role table, optional ones only when set.
 */
public final class RoleWriter {

    private static final DumpSettings SETTINGS = DumpSettings.builder()
            .setDefaultFlowStyle(FlowStyle.BLOCK)
            .setWidth(200)
            .setIndent(2)
            .setIndicatorIndent(0)
            .build();

    private RoleWriter() {
    }

    public static String yaml(Role role) {
        return new Dump(SETTINGS).dumpToString(document(role));
    }

    /** A hex SHA-256 of the role's YAML: equal for equal content, so it tells whether a role changed. */
    public static String hash(Role role) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(yaml(role).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }

    /** Part of a role's mapping (some fields, a list), written as the role files write it. */
    public static String fragment(Object part) {
        return new Dump(SETTINGS).dumpToString(part);
    }

    /** Several roles as one stream of documents separated by {@code ---}. */
    public static String stream(List<Role> roles) {
        return roles.stream().map(RoleWriter::yaml).collect(Collectors.joining("---\n"));
    }

    /** The role as the mapping its YAML holds, for changing some fields and checking the result. */
    public static Map<String, Object> documentOf(Role role) {
        return document(role);
    }

    static Map<String, Object> document(Role role) {
        Map<String, Object> d = new LinkedHashMap<>();
        d.put("name", role.name());
        d.put("slug", role.slug());
        d.put("category", role.category());
        d.put("interest", role.interest());
        if (!role.aliases().isEmpty()) {
            d.put("aliases", role.aliases());
        }
        if (role.summary() != null) {
            d.put("summary", role.summary());
        }
        Map<String, Object> salary = new LinkedHashMap<>();
        salary.put("min", number(role.salary().min()));
        salary.put("max", number(role.salary().max()));
        salary.put("currency", role.salary().currency().getCurrencyCode());
        salary.put("period", role.salary().period().label());
        d.put("salary", salary);
        d.put("demand", role.demand());
        d.put("aiReplacementRisk", role.aiReplacementRisk());
        d.put("learningCurveMonths", role.learningCurveMonths());
        d.put("difficulty", role.difficulty().label());
        d.put("entryBarrier", role.entryBarrier().label());
        d.put("remoteFriendly", role.remoteFriendly());
        d.put("requiresCoding", role.requiresCoding());
        d.put("skills", role.skills());
        d.put("sources", role.sources().stream().map(source -> {
            Map<String, Object> s = new LinkedHashMap<>();
            s.put("title", source.title());
            if (source.url() != null) {
                s.put("url", source.url());
            }
            s.put("retrieved", source.retrieved().toString());
            return s;
        }).toList());
        return d;
    }

    private static Object number(BigDecimal value) {
        BigDecimal plain = value.stripTrailingZeros();
        return plain.scale() <= 0 ? (Object) plain.toBigIntegerExact() : (Object) plain.doubleValue();
    }
}
