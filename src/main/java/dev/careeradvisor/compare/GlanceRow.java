package dev.careeradvisor.compare;

/** One "At a glance" row: a field with both roles' figures formatted as the seed pages show them. */
public record GlanceRow(String field, String label, String a, String b) {
}
