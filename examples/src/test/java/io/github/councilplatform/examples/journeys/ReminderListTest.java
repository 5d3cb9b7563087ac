package io.github.councilplatform.examples.journeys;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class ReminderListTest {

  @Test
  void readsTheShippedListWithLineNumbersCountingTheHeader() throws Exception {
    try (InputStream csv = getClass().getResourceAsStream("/council-tax-reminders.csv")) {
      ReminderList list = ReminderList.read(csv);

      assertThat(list.rows()).hasSize(200);
      assertThat(list.rows().get(0).line()).isEqualTo(2);
      ReminderList.Row bad = list.rows().stream().filter(r -> r.line() == 57).findFirst().orElseThrow();
      assertThat(bad.account()).isEqualTo("CT400056");
      assertThat(bad.contact()).contains("O");
      assertThat(list.rows()).extracting(ReminderList.Row::channel).containsOnly("email", "sms", "letter");
    }
  }

  @Test
  void splitsALettersAddressFromItsPostcode() throws Exception {
    ReminderList list = ReminderList.read(csv("account,name,channel,contact,amount_due,due_date\n"
        + "CT1,Pat Jones,letter,1 High Street|Bath|BA1 1AA,£10.00,1 April 2027\n"));

    assertThat(list.rows().get(0).addressLines()).containsExactly("1 High Street", "Bath");
    assertThat(list.rows().get(0).postcode()).isEqualTo("BA1 1AA");
  }

  @Test
  void namesTheLineOfAMalformedRow() {
    assertThatThrownBy(() -> ReminderList.read(csv("account,name,channel,contact,amount_due,due_date\n"
        + "CT1,Pat Jones,email\n"))).isInstanceOf(IOException.class).hasMessageContaining("Line 2");
    assertThatThrownBy(() -> ReminderList.read(csv("nope\n"))).isInstanceOf(IOException.class);
  }

  private static InputStream csv(String text) {
    return new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
  }
}
