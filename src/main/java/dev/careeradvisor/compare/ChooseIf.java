package dev.careeradvisor.compare;

import java.util.List;

/** The "Choose X if you…" lines for each side, in the order the design gives them. */
public record ChooseIf(List<String> a, List<String> b) {

    public ChooseIf {
        a = List.copyOf(a);
        b = List.copyOf(b);
    }
}
