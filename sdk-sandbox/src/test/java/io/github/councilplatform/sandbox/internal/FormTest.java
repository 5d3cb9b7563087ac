package io.github.councilplatform.sandbox.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class FormTest {
  @Test
  void decodesPlusPercentAndBareNamesAndTheLastValueOfARepeatedNameWins() {
    assertThat(Form.decode("a=1+2&b=%C3%A9&c&&a=3")).containsExactly(Map.entry("a", "3"), Map.entry("b", "é"),
        Map.entry("c", ""));
    assertThat(Form.decode(null)).isEmpty();
    assertThat(Form.query("/authorize?x=%2F&y=")).containsExactly(Map.entry("x", "/"), Map.entry("y", ""));
    assertThat(Form.query("/authorize")).isEmpty();
  }

  @Test
  void aMalformedEscapeIsAMalformedRequestNotADroppedParameter() {
    assertThatThrownBy(() -> Form.decode("client_id=abc&state=50%")).isInstanceOf(MalformedRequestException.class)
        .hasMessageContaining("50%").hasMessageContaining("%25");
    assertThatThrownBy(() -> Form.decode("%zz=1")).isInstanceOf(MalformedRequestException.class);
  }

  @Test
  void encodesAndAppendsToAQueryOrAFragment() {
    Map<String, String> p = new LinkedHashMap<>();
    p.put("code", "a b");
    p.put("state", null);
    p.put("x", "&=");
    assertThat(Form.encode(p)).isEqualTo("code=a+b&x=%26%3D");
    assertThat(Form.append("https://rp/cb", p, false)).isEqualTo("https://rp/cb?code=a+b&x=%26%3D");
    assertThat(Form.append("https://rp/cb?k=1", p, false)).isEqualTo("https://rp/cb?k=1&code=a+b&x=%26%3D");
    assertThat(Form.append("https://rp/cb", p, true)).isEqualTo("https://rp/cb#code=a+b&x=%26%3D");
    assertThat(Form.decode(Form.encode(p))).containsEntry("x", "&=");
  }

  @Test
  void escapesHtmlForContentAndAttributes() {
    assertThat(Html.escape("<a href=\"x\">Tom & Jo's</a>")).isEqualTo(
        "&lt;a href=&quot;x&quot;&gt;Tom &amp; Jo&#39;s&lt;/a&gt;");
    assertThat(Html.escape(null)).isEmpty();
  }
}
