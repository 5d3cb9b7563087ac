package io.github.councilplatform.notify.bulk;

import io.github.councilplatform.core.RequestValidationException;
import io.github.councilplatform.notify.EmailRequest;
import io.github.councilplatform.notify.LetterRequest;
import io.github.councilplatform.notify.SmsRequest;
import io.github.councilplatform.notify.Template;
import io.github.councilplatform.notify.TemplateType;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Turns a source row into the request the client would send, with the client's own rules (the request records
 * check themselves when built), or says why the row is bad.
 */
final class RowChecker {
  private final Template template;
  private final TemplateType channel;
  private final BatchIdentityPrefix prefix;
  /** Placeholder name as the template writes it, by normalised name; letters leave out the address. */
  private final Map<String, String> placeholders = new LinkedHashMap<>();

  /** The batch id part of references, known before the fingerprint is. */
  record BatchIdentityPrefix(String batchId) {
    String referenceFor(String key) {
      return batchId + ':' + key;
    }
  }

  /** A row that passed the checks, with its request, or one that did not, with the reason. */
  record Checked(RowRef row, Object request, String problem, String recipientForDuplicates) {
    boolean ok() {
      return problem == null;
    }
  }

  RowChecker(Template template, TemplateType channel, String batchId) {
    this.template = template;
    this.channel = channel;
    this.prefix = new BatchIdentityPrefix(batchId);
    for (String name : template.personalisation().keySet()) {
      String n = Columns.normalise(name);
      if (channel == TemplateType.LETTER && Columns.isAddressColumn(n)) {
        continue;
      }
      placeholders.putIfAbsent(n, name);
    }
  }

  /** The file-level checks on a CSV header, before any row. */
  void checkHeaders(Set<String> headers, String fileName) {
    if (!Columns.hasRecipient(channel, headers)) {
      TemplateType other = Columns.channelOf(headers);
      if (other != null) {
        throw new BulkInputException(BulkInputException.Problem.WRONG_TEMPLATE_TYPE, fileName + " has the"
            + " recipient column for " + describe(other) + ", but template " + template.id() + " ('"
            + template.name() + "') is " + article(channel) + " template. Use " + article(other) + " template,"
            + " or a file with " + Columns.recipientColumnsFor(channel) + '.');
      }
      throw new BulkInputException(BulkInputException.Problem.NO_RECIPIENT_COLUMN, fileName + " has no"
          + " recipient column: " + describe(channel) + " need " + Columns.recipientColumnsFor(channel)
          + ". Its columns are " + headers + '.');
    }
    List<String> missing = new ArrayList<>();
    placeholders.forEach((n, name) -> {
      if (!headers.contains(n)) {
        missing.add(name);
      }
    });
    if (!missing.isEmpty()) {
      throw new BulkInputException(BulkInputException.Problem.MISSING_PERSONALISATION_COLUMN, fileName
          + " has no column for the template's placeholder" + (missing.size() == 1 ? " " : "s ")
          + String.join(", ", missing.stream().map(m -> "((" + m + "))").toList()) + ". Add "
          + (missing.size() == 1 ? "a column" : "columns") + " with " + (missing.size() == 1 ? "that name" : "those names")
          + " (case, spaces and underscores do not matter).");
    }
  }

  Checked check(SourceRow source) {
    if (source.key() == null) {
      return new Checked(new RowRef("line-" + source.line(), source.line()), null,
          "the key column is empty", null);
    }
    RowRef row;
    try {
      row = new RowRef(source.key(), source.line());
    } catch (IllegalArgumentException e) {
      return new Checked(new RowRef("line-" + source.line(), source.line()), null, e.getMessage(), null);
    }
    Map<String, String> columns = source.columns();
    Map<String, Object> personalisation = new LinkedHashMap<>();
    List<String> empty = new ArrayList<>();
    for (Map.Entry<String, String> p : placeholders.entrySet()) {
      String v = columns.get(p.getKey());
      if (v == null || v.isEmpty()) {
        empty.add("((" + p.getValue() + "))");
      } else {
        personalisation.put(p.getValue(), v);
      }
    }
    if (!empty.isEmpty()) {
      return new Checked(row, null, "no value for " + String.join(", ", empty), null);
    }
    String reference = prefix.referenceFor(row.key());
    try {
      return switch (channel) {
        case EMAIL -> {
          String to = columns.getOrDefault(Columns.EMAIL, "");
          if (to.isEmpty()) {
            yield new Checked(row, null, "no email address", null);
          }
          yield new Checked(row, EmailRequest.builder().templateId(template.id()).emailAddress(to)
              .personalisation(personalisation).reference(reference).build(), null, to.toLowerCase(Locale.ROOT));
        }
        case SMS -> {
          String to = columns.getOrDefault(Columns.PHONE, "");
          if (to.isEmpty()) {
            yield new Checked(row, null, "no phone number", null);
          }
          yield new Checked(row, SmsRequest.builder().templateId(template.id()).phoneNumber(to)
              .personalisation(personalisation).reference(reference).build(), null, phoneKey(to));
        }
        case LETTER -> letter(row, columns, personalisation, reference);
        default -> throw new IllegalStateException("checked when the batch started: " + channel);
      };
    } catch (RequestValidationException e) {
      return new Checked(row, null, e.getMessage(), null);
    }
  }

  private Checked letter(RowRef row, Map<String, String> columns, Map<String, Object> personalisation,
      String reference) {
    String postcode = columns.getOrDefault(Columns.POSTCODE, "");
    List<String> lines = new ArrayList<>();
    // With a postcode column, Notify reads lines 1 to 6 and the postcode; without one, lines 1 to 7.
    int max = postcode.isEmpty() ? 7 : 6;
    for (int i = 0; i < max; i++) {
      String v = columns.getOrDefault(Columns.ADDRESS_LINES.get(i), "");
      if (!v.isEmpty()) {
        lines.add(v);
      }
    }
    if (!postcode.isEmpty() && !columns.getOrDefault(Columns.ADDRESS_LINES.get(6), "").isEmpty()) {
      return new Checked(row, null, "give either 'address line 7' or 'postcode', not both", null);
    }
    LetterRequest request = LetterRequest.builder().templateId(template.id()).address(lines)
        .postcode(postcode.isEmpty() ? null : postcode).personalisation(personalisation).reference(reference)
        .build();
    String key = (String.join("\n", lines) + '\n' + postcode.replace(" ", "")).toLowerCase(Locale.ROOT);
    return new Checked(row, request, null, key);
  }

  /** UK numbers written as 07…, +447… or 00447… are the same recipient. */
  private static String phoneKey(String phone) {
    String digits = phone.replaceAll("[^0-9]", "");
    if (digits.startsWith("0044")) {
      digits = digits.substring(4);
    } else if (digits.startsWith("44")) {
      digits = digits.substring(2);
    } else if (digits.startsWith("0")) {
      digits = digits.substring(1);
    }
    return digits;
  }

  private static String describe(TemplateType t) {
    return switch (t) {
      case EMAIL -> "emails";
      case SMS -> "text messages";
      default -> "letters";
    };
  }

  private static String article(TemplateType t) {
    return switch (t) {
      case EMAIL -> "an email";
      case SMS -> "a text message";
      default -> "a letter";
    };
  }
}
