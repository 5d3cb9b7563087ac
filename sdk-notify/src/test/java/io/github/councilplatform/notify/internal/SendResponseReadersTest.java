package io.github.councilplatform.notify.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.councilplatform.core.internal.Json;
import io.github.councilplatform.core.internal.JsonStreams;
import io.github.councilplatform.notify.EmailResponse;
import io.github.councilplatform.notify.LetterResponse;
import io.github.councilplatform.notify.Postage;
import io.github.councilplatform.notify.SmsResponse;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** The streaming readers give exactly the records the databind mapper gives, for what Notify sends and more. */
class SendResponseReadersTest {
  private static final String ID = "\"id\":\"740e5834-3a29-46b4-9a6f-16142fde533a\"";
  private static final String TEMPLATE = "\"template\":{\"id\":\"f33517ff-2a88-4f6e-b855-c550268ce08a\",\"version\":3,"
      + "\"uri\":\"https://api.notifications.service.gov.uk/v2/template/f33517ff-2a88-4f6e-b855-c550268ce08a\"}";
  private static final String URI = "\"uri\":\"https://api.notifications.service.gov.uk/v2/notifications/740e5834\"";

  private static byte[] bytes(String json) {
    return json.getBytes(StandardCharsets.UTF_8);
  }

  @Test
  void smsAnswersReadAsTheMapperReadsThem() {
    String[] bodies = {
      "{" + ID + ",\"reference\":\"permit-42\",\"content\":{\"body\":\"Your permit is ready\",\"from_number\":\"GOVUK\"},"
          + URI + "," + TEMPLATE + ",\"scheduled_for\":null}",
      "{" + ID + "," + TEMPLATE + "}",
      "{" + ID + ",\"reference\":null,\"content\":null,\"template\":null,\"uri\":null}",
      "{\"added_later\":{\"a\":[1,{\"b\":null}]}," + ID + ",\"content\":{\"body\":\"x\",\"new\":[]},"
          + "\"template\":{\"id\":\"f33517ff-2a88-4f6e-b855-c550268ce08a\",\"version\":\"4\"},"
          + "\"scheduled_for\":\"2024-05-17 15:58:38.342838\"}",
      "{" + ID + ",\"reference\":\"first\",\"reference\":\"second\",\"template\":{\"version\":null}}",
    };
    for (String body : bodies) {
      assertThat(JsonStreams.read(bytes(body), SendResponseReaders::sms)).as(body)
          .isEqualTo(Json.read(bytes(body), SmsResponse.class));
    }
  }

  @Test
  void emailAnswersReadAsTheMapperReadsThem() {
    String[] bodies = {
      "{" + ID + ",\"reference\":null,\"content\":{\"from_email\":\"council@notifications.service.gov.uk\","
          + "\"body\":\"Dear Ms A\",\"subject\":\"Your bin day\",\"one_click_unsubscribe_url\":\"https://council.example/u\"},"
          + URI + "," + TEMPLATE + ",\"scheduled_for\":null}",
      "{" + ID + "," + TEMPLATE + ",\"sanitised_content\":{\"name\":{\"unsanitised\":\"<b>A</b>\",\"sanitised\":\"A\"},"
          + "\"gone\":null,\"extra\":{\"unsanitised\":\"x\",\"other\":1}}}",
      "{" + ID + "," + TEMPLATE + ",\"sanitised_content\":null,\"postage\":\"second\"}",
      "{" + ID + ",\"content\":{\"one_click_unsubscribe_url\":null}}",
    };
    for (String body : bodies) {
      assertThat(JsonStreams.read(bytes(body), SendResponseReaders::email)).as(body)
          .isEqualTo(Json.read(bytes(body), EmailResponse.class));
    }
  }

  @Test
  void letterAnswersReadAsTheMapperReadsThem() {
    String[] bodies = {
      "{" + ID + ",\"reference\":\"ctax-1\",\"content\":{\"body\":\"Dear resident\",\"subject\":\"Council tax\"},"
          + URI + "," + TEMPLATE + ",\"scheduled_for\":null,\"postage\":\"second\"}",
      "{" + ID + "," + TEMPLATE + ",\"postage\":\"economy\"}",
      "{" + ID + "," + TEMPLATE + ",\"postage\":\"rest-of-world\"}",
      "{" + ID + "," + TEMPLATE + ",\"postage\":\"by-pigeon\"}",
      "{" + ID + "," + TEMPLATE + ",\"postage\":null,\"sanitised_content\":{\"a\":1}}",
    };
    for (String body : bodies) {
      assertThat(JsonStreams.read(bytes(body), SendResponseReaders::letter)).as(body)
          .isEqualTo(Json.read(bytes(body), LetterResponse.class));
    }
    assertThat(JsonStreams.read(bytes("{\"postage\":\"by-pigeon\"}"), SendResponseReaders::letter).postage())
        .isEqualTo(Postage.UNKNOWN);
  }

  @Test
  void refusesWhatTheMapperRefuses() {
    String[] bodies = {
      "[]",
      "{\"id\":\"not-a-uuid\"}",
      "{" + ID + ",\"template\":\"f33517ff-2a88-4f6e-b855-c550268ce08a\"}",
      "{" + ID + ",\"content\":[\"body\"]}",
      "{" + ID + ",\"template\":{\"version\":\"three\"}}",
      "{" + ID + ",\"uri\":\"::not a uri\"}",
      "{" + ID,
    };
    for (String body : bodies) {
      assertThatThrownBy(() -> Json.read(bytes(body), SmsResponse.class)).as("mapper: " + body)
          .isInstanceOfAny(UncheckedIOException.class, IllegalArgumentException.class);
      assertThatThrownBy(() -> JsonStreams.read(bytes(body), SendResponseReaders::sms)).as(body)
          .isInstanceOfAny(UncheckedIOException.class, IllegalArgumentException.class);
    }
  }
}
