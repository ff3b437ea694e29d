package claimgraph.serve;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

class ServerConfigTest {
    @Test
    void defaults_areLoopbackPort3030TenSecondsNoServiceReadOnly() {
        ServerConfig c = ServerConfig.defaults();
        assertThat(c.host()).isEqualTo("127.0.0.1");
        assertThat(c.port()).isEqualTo(3030);
        assertThat(c.queryTimeout()).isEqualTo(Duration.ofSeconds(10));
        assertThat(c.serviceAllowList()).isEmpty();
        assertThat(c.writable()).isFalse();
        assertThat(c.credentials()).isNull();
        assertThat(c.url(3030)).isEqualTo("http://127.0.0.1:3030/");
    }

    @Test
    void build_portOutOfRange_namesTheValueAndTheRange() {
        assertThatThrownBy(() -> ServerConfig.builder().port(70000).build())
                .isInstanceOf(IllegalArgumentException.class).hasMessage("port is 70000; expected 0 (any free port) to 65535");
    }

    @Test
    void build_zeroTimeout_namesTheValueAndWhatIsExpected() {
        assertThatThrownBy(() -> ServerConfig.builder().queryTimeout(Duration.ZERO).build())
                .hasMessageContaining("queryTimeout is PT0S").hasMessageContaining("expected a positive duration");
    }

    @Test
    void build_serviceEntryThatIsNotHttp_namesTheEntry() {
        assertThatThrownBy(() -> ServerConfig.builder().allowService("file:///etc/passwd").build())
                .hasMessageContaining("'file:///etc/passwd'").hasMessageContaining("http or https");
        assertThatThrownBy(() -> ServerConfig.builder().allowService("http://user@127.0.0.1/").build())
                .hasMessageContaining("'http://user@127.0.0.1/'");
    }

    @Test
    void build_writableWithoutCredentials_isRefusedAndCredentialsWithoutWritableToo() {
        assertThatThrownBy(() -> ServerConfig.builder().writable(true).build())
                .hasMessageContaining("writable is true but no credentials");
        assertThatThrownBy(() -> ServerConfig.builder().credentials("editor", "pw").build())
                .hasMessageContaining("credentials were given but writable is false");
    }

    @Test
    void credentials_neverShowThePassword() {
        ServerConfig c = ServerConfig.builder().writable(true).credentials("editor", "s3cret").build();
        assertThat(c.toString()).contains("editor").doesNotContain("s3cret");
        assertThatThrownBy(() -> new ServerConfig.Credentials("a:b", "pw")).hasMessageContaining("without ':'");
    }

    @Test
    void serviceAllowList_isCopied() {
        List<String> prefixes = new java.util.ArrayList<>(List.of("http://127.0.0.1:3031/"));
        ServerConfig c = ServerConfig.builder().serviceAllowList(prefixes).build();
        prefixes.add("http://127.0.0.2/");
        assertThat(c.serviceAllowList()).containsExactly("http://127.0.0.1:3031/");
        assertThat(c.url(8080)).isEqualTo("http://127.0.0.1:8080/");
        assertThat(ServerConfig.builder().host("::1").build().url(80)).isEqualTo("http://[::1]:80/");
    }
}
