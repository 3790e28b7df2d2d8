package dev.careeradvisor.chat;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TokensTest {

    @Test
    void aTokenShowsAsFourStarsAndItsLastFour() {
        assertThat(Tokens.masked("123456:ABCdefGHIjkl")).isEqualTo("****Ijkl");
        assertThat(Tokens.masked("short")).isEqualTo("****");
    }

    @Test
    void aMessageQuotingTheTokenIsScrubbed() {
        assertThat(Tokens.scrubbed("GET https://api.telegram.org/bot123456:ABCdefGHIjkl/getMe failed", "123456:ABCdefGHIjkl"))
                .isEqualTo("GET https://api.telegram.org/bot****Ijkl/getMe failed");
    }
}
