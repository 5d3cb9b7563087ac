package io.github.councilplatform.sandbox.internal.notify;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * Notify's formatting as its previews render it; the cases follow notifications-utils' {@code test_markdown.py}
 * and {@code test_formatters.py}.
 */
class NotifyMarkdownTest {

  @Test
  void headingsAreH2AndH3InEmailsAndOnlyH2InLetters() {
    assertThat(NotifyMarkdown.email("# Your permit\n\n## What happens next\n\n### Small")).isEqualTo(
        "<h2>Your permit</h2>\n<h3>What happens next</h3>\n<p>Small</p>\n");
    assertThat(NotifyMarkdown.letter("# Your permit\n## Next")).isEqualTo("<h2>Your permit</h2>\n<p>Next</p>\n");
  }

  @Test
  void caretStartsInsetTextInEmailsButNotInLetters() {
    assertThat(NotifyMarkdown.email("^ You must renew by 1 May\nor pay a fine")).isEqualTo(
        "<blockquote class=\"inset\">\n<p>You must renew by 1 May<br>or pay a fine</p>\n</blockquote>\n");
    assertThat(NotifyMarkdown.letter("^ Renew by 1 May")).isEqualTo("<p>Renew by 1 May</p>\n");
  }

  @Test
  void numberedAndBulletedListsWithOrWithoutASpace() {
    String ordered = "<ol>\n<li>one</li><li>two</li><li>three</li>\n</ol>\n";
    assertThat(NotifyMarkdown.email("1. one\n2. two\n3. three\n")).isEqualTo(ordered);
    assertThat(NotifyMarkdown.email("1.one\n2.two\n3.three\n")).isEqualTo(ordered);
    String bullets = "<ul>\n<li>one</li><li>two</li><li>three</li>\n</ul>\n";
    for (String md : new String[] {"*one\n*two\n*three\n", "* one\n* two\n* three\n", "- one\n- two\n- three\n",
        "• one\n• two\n• three\n", "* one\n\n* two\n\n* three"}) {
      assertThat(NotifyMarkdown.email(md)).as(md).isEqualTo(bullets);
    }
    assertThat(NotifyMarkdown.email("Bring:\n* your permit\n* proof of address\n\nThanks")).isEqualTo(
        "<p>Bring:</p>\n<ul>\n<li>your permit</li><li>proof of address</li>\n</ul>\n<p>Thanks</p>\n");
  }

  @Test
  void threeDashesOrStarsAreARuleInEmailsAndAPageBreakInLetters() {
    assertThat(NotifyMarkdown.email("a\n\n---\n\nb")).isEqualTo("<p>a</p>\n<hr>\n<p>b</p>\n");
    assertThat(NotifyMarkdown.email("a\n\n***\n\nb")).isEqualTo("<p>a</p>\n<hr>\n<p>b</p>\n");
    assertThat(NotifyMarkdown.email("* * *")).isEqualTo("<hr>\n");
    assertThat(NotifyMarkdown.letter("a\n\n***\n\nb")).contains("<div class=\"page-break\">");
  }

  @Test
  void linesBreakAsTyped() {
    assertThat(NotifyMarkdown.email("Dear Sam,\nThanks.\n\n\nBye")).isEqualTo(
        "<p>Dear Sam,<br>Thanks.</p>\n<p>Bye</p>\n");
  }

  @Test
  void markdownLinksBecomeLinksInEmailsAndStayAsTypedInLetters() {
    assertThat(NotifyMarkdown.email("[Pay now](https://www.gov.uk/pay?x=1&y=2) today")).isEqualTo(
        "<p><a href=\"https://www.gov.uk/pay?x=1&amp;y=2\">Pay now</a> today</p>\n");
    assertThat(NotifyMarkdown.email("[Pay](https://example.com \"The title\")")).isEqualTo(
        "<p><a href=\"https://example.com\" title=\"The title\">Pay</a></p>\n");
    assertThat(NotifyMarkdown.letter("[Pay](https://example.com)")).isEqualTo("<p>[Pay](https://example.com)</p>\n");
    assertThat(NotifyMarkdown.letter("* one\n* two")).isEqualTo("<ul>\n<li>one</li>\n<li>two</li>\n</ul>\n");
    assertThat(NotifyMarkdown.email("[see https://a.example/x](https://b.example)")).isEqualTo(
        "<p><a href=\"https://b.example\">see https://a.example/x</a></p>\n");
  }

  @Test
  void bareAddressesAreLinkedWithoutTrailingPunctuationOrAClosingBracket() {
    assertThat(NotifyMarkdown.email("(see https://example.com/permits)")).isEqualTo(
        "<p>(see <a href=\"https://example.com/permits\">https://example.com/permits</a>)</p>\n");
    assertThat(NotifyMarkdown.email("Go to https://example.com/a.")).isEqualTo(
        "<p>Go to <a href=\"https://example.com/a\">https://example.com/a</a>.</p>\n");
    assertThat(NotifyMarkdown.email("[https://example.com/x]")).isEqualTo(
        "<p>[<a href=\"https://example.com/x\">https://example.com/x</a>]</p>\n");
    assertThat(NotifyMarkdown.letter("Visit https://www.gov.uk/x.")).isEqualTo(
        "<p>Visit <strong>www.gov.uk/x</strong>.</p>\n");
  }

  @Test
  void boldAndItalicAreNotNotifyFormattingAndEverythingIsEscaped() {
    assertThat(NotifyMarkdown.email("Some **bold** and _italic_ and `code`")).isEqualTo(
        "<p>Some **bold** and _italic_ and `code`</p>\n");
    assertThat(NotifyMarkdown.email("<script>alert('x')</script> & [a\"b](https://e.com/\"x)"))
        .doesNotContain("<script>", "\"x)").contains("&lt;script&gt;", "&amp;");
  }

  @Test
  void textMessagesKeepLineBreaksAndLinkAddressesWithOrWithoutProtocol() {
    assertThat(Previews.text("Hi Sam,\nsee www.gov.uk/parking (or https://example.com/a_(b)).")).isEqualTo(
        "Hi Sam,<br>see <a href=\"http://www.gov.uk/parking\">www.gov.uk/parking</a> (or "
            + "<a href=\"https://example.com/a_(b)\">https://example.com/a_(b)</a>).");
    assertThat(Previews.text("Write to sam@example.com")).isEqualTo("Write to sam@example.com");
  }
}
