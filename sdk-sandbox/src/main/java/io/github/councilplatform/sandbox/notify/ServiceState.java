package io.github.councilplatform.sandbox.notify;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Everything one Notify service holds: templates, sent notifications, received texts, settings, limits and
 * callbacks. Every method is synchronized on the instance; callers that read a {@link Notification}'s mutable
 * fields do so inside {@code synchronized (service)}.
 */
final class ServiceState {
  static final int DEFAULT_RATE_LIMIT = 3000;
  static final Map<String, Integer> DEFAULT_DAILY_LIMITS =
      Map.of("email", 250_000, "sms", 250_000, "letter", 20_000, "international_sms", 100);
  static final Set<String> DEFAULT_PERMISSIONS =
      Set.of("email", "sms", "letter", "international_sms", "sms_to_uk_landlines");

  final String id;
  final String name;
  final String emailSenderLocalPart;
  final String inboundNumber;
  final String replyToId;
  final String replyToEmail;
  final String smsSenderId;
  final String smsSender;

  private final Map<String, List<TemplateVersion>> templates = new LinkedHashMap<>();
  private final Map<String, Notification> notifications = new LinkedHashMap<>();
  private final List<ReceivedText> receivedTexts = new ArrayList<>();
  private final List<CallbackAttempt> callbackAttempts = new ArrayList<>();
  private final Map<String, byte[]> documents = new HashMap<>();
  private final Map<KeyType, double[]> buckets = new EnumMap<>(KeyType.class);
  private final Map<String, Integer> dailyCounts = new HashMap<>();
  private LocalDate countsDay;

  private int rateLimit = DEFAULT_RATE_LIMIT;
  private final Map<String, Integer> dailyLimits = new HashMap<>(DEFAULT_DAILY_LIMITS);
  private final Set<String> permissions = new LinkedHashSet<>(DEFAULT_PERMISSIONS);
  private boolean restricted;
  private final Set<String> teamEmails = new LinkedHashSet<>();
  private final Set<String> teamPhones = new LinkedHashSet<>();
  private final Set<KeyType> revokedKeys = java.util.EnumSet.noneOf(KeyType.class);
  private Callback deliveryCallback;
  private Callback receivedTextCallback;

  ServiceState(NotifySeed seed) {
    this.id = seed.serviceId();
    this.name = "Council Sandbox";
    this.emailSenderLocalPart = "council.sandbox";
    this.inboundNumber = "07700900500";
    this.replyToId = seed.replyToId();
    this.replyToEmail = "replies@example.gov.uk";
    this.smsSenderId = seed.smsSenderId();
    this.smsSender = "COUNCIL";
    this.teamEmails.add("sandbox-team@example.gov.uk");
    this.teamPhones.add("447700900123");
  }

  // ---- templates

  synchronized void putTemplate(TemplateVersion version) {
    templates.computeIfAbsent(version.id(), k -> new ArrayList<>()).add(version);
  }

  /** The latest version, or null. */
  synchronized TemplateVersion template(String id) {
    List<TemplateVersion> versions = templates.get(id);
    return versions == null ? null : versions.get(versions.size() - 1);
  }

  /** A given version (1-based), or null. */
  synchronized TemplateVersion template(String id, int version) {
    List<TemplateVersion> versions = templates.get(id);
    return versions == null || version < 1 || version > versions.size() ? null : versions.get(version - 1);
  }

  synchronized List<TemplateVersion> latestTemplates() {
    List<TemplateVersion> out = new ArrayList<>();
    for (List<TemplateVersion> versions : templates.values()) {
      TemplateVersion latest = versions.get(versions.size() - 1);
      if (!latest.archived()) {
        out.add(latest);
      }
    }
    return out;
  }

  // ---- notifications

  synchronized void add(Notification n) {
    notifications.put(n.id, n);
  }

  synchronized Notification notification(String id) {
    return notifications.get(id);
  }

  /** Every notification, newest first. */
  synchronized List<Notification> newestFirst() {
    List<Notification> all = new ArrayList<>(notifications.values());
    java.util.Collections.reverse(all);
    return all;
  }

  synchronized void addReceivedText(ReceivedText text) {
    receivedTexts.add(text);
  }

  /** Received texts, newest first. */
  synchronized List<ReceivedText> receivedTextsNewestFirst() {
    List<ReceivedText> all = new ArrayList<>(receivedTexts);
    java.util.Collections.reverse(all);
    return all;
  }

  synchronized void putDocument(String id, byte[] content) {
    documents.put(id, content);
  }

  synchronized byte[] document(String id) {
    return documents.get(id);
  }

  synchronized void recordCallback(CallbackAttempt attempt) {
    callbackAttempts.add(attempt);
  }

  synchronized List<CallbackAttempt> callbackAttempts() {
    return List.copyOf(callbackAttempts);
  }

  // ---- limits

  /**
   * Takes a token from the key type's bucket, or throws Notify's RateLimitError. As notifications-utils'
   * {@code tally-bucket-rate-limit} script ({@code clients/redis/redis_client.py:190-220}): the bucket holds
   * {@code min(ceil(limit/3)+1, 1000)} tokens, refills in whole tokens at {@code limit/60} per second, every request
   * (refused ones too) takes a token first, and a request is refused when fewer than 1 is left afterwards
   * ({@code app/notifications/validators.py:60-73}). So a full bucket lets {@code size - 1} through: 999 at 3,000
   * a minute.
   */
  synchronized void takeRateLimitToken(KeyType keyType, Instant now) {
    double bucketMax = Math.min(Math.ceil(rateLimit / 3.0) + 1, 1000);
    double perSecond = rateLimit / 60.0;
    double nowSeconds = now.toEpochMilli() / 1000.0;
    // bucket = {last replenished (epoch seconds), tokens remaining}
    double[] bucket = buckets.computeIfAbsent(keyType, k -> new double[] {nowSeconds, bucketMax});
    double elapsed = Math.max(nowSeconds - bucket[0], 0);
    double replenishment = Math.floor(elapsed * perSecond);
    double tokens = Math.min(bucket[1] + replenishment, bucketMax);
    tokens = Math.max(tokens - 1, 0);
    bucket[0] = bucket[0] + replenishment / perSecond;
    bucket[1] = tokens;
    if (tokens < 1) {
      throw new NotifyError(429, "RateLimitError", "Exceeded rate limit for key type " + keyType.label() + " of "
          + rateLimit + " requests per 60 seconds");
    }
  }

  /**
   * Throws Notify's TooManyRequestsError when one more message of a kind would pass today's limit
   * ({@code app/notifications/validators.py check_service_over_daily_message_limit}). Test keys read a counter of
   * their own that nothing increments ({@code UT clients/redis/__init__.py daily_limit_cache_key}), so their count
   * is always 0; on a trial service they are held to Notify's default live limits.
   */
  synchronized void checkDailyLimit(String kind, KeyType keyType, Instant now) {
    rollDay(now);
    boolean test = keyType == KeyType.TEST;
    Map<String, Integer> limits = test && restricted ? DEFAULT_DAILY_LIMITS : dailyLimits;
    int limit = limits.getOrDefault(kind, Integer.MAX_VALUE);
    int count = test ? 0 : dailyCounts.getOrDefault(kind, 0);
    if (count + 1 > limit) {
      throw new NotifyError(429, "TooManyRequestsError", "Exceeded send limits (" + kind + ": " + limit
          + ") for today");
    }
  }

  /**
   * Counts a stored message against the live and team keys' daily limit. Test-key sends are never counted
   * ({@code app/notifications/process_notifications.py:199-201 increment_daily_limit_caches}).
   */
  synchronized void countSent(String kind, KeyType keyType, Instant now) {
    if (keyType == KeyType.TEST) {
      return;
    }
    rollDay(now);
    dailyCounts.merge(kind, 1, Integer::sum);
  }

  private void rollDay(Instant now) {
    LocalDate today = now.atZone(ZoneOffset.UTC).toLocalDate();
    if (!today.equals(countsDay)) {
      countsDay = today;
      dailyCounts.clear();
    }
  }

  // ---- settings

  synchronized void rateLimit(int perMinute) {
    this.rateLimit = perMinute;
    buckets.clear();
  }

  synchronized void dailyLimit(String kind, int limit) {
    dailyLimits.put(kind, limit);
  }

  synchronized boolean hasPermission(String permission) {
    return permissions.contains(permission);
  }

  synchronized void permissions(Set<String> values) {
    permissions.clear();
    permissions.addAll(values);
  }

  synchronized boolean restricted() {
    return restricted;
  }

  synchronized void restricted(boolean value) {
    restricted = value;
  }

  synchronized boolean isTeamEmail(String email) {
    return teamEmails.contains(email.strip().toLowerCase(java.util.Locale.ROOT));
  }

  synchronized boolean isTeamPhone(String e164Digits) {
    return teamPhones.contains(e164Digits);
  }

  synchronized void team(Set<String> emails, Set<String> phones) {
    teamEmails.clear();
    emails.forEach(e -> teamEmails.add(e.strip().toLowerCase(java.util.Locale.ROOT)));
    teamPhones.clear();
    teamPhones.addAll(phones);
  }

  synchronized boolean isRevoked(KeyType type) {
    return revokedKeys.contains(type);
  }

  synchronized void revoke(KeyType type) {
    revokedKeys.add(type);
  }

  synchronized Callback deliveryCallback() {
    return deliveryCallback;
  }

  synchronized void deliveryCallback(Callback callback) {
    deliveryCallback = callback;
  }

  synchronized Callback receivedTextCallback() {
    return receivedTextCallback;
  }

  synchronized void receivedTextCallback(Callback callback) {
    receivedTextCallback = callback;
  }

  /** The settings as the admin API shows them (no secrets: callback tokens are masked). */
  synchronized Map<String, Object> settings() {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("serviceId", id);
    m.put("serviceName", name);
    m.put("restricted", restricted);
    m.put("permissions", List.copyOf(permissions));
    m.put("teamEmails", List.copyOf(teamEmails));
    m.put("teamPhoneNumbers", teamPhones.stream().map(p -> "+" + p).toList());
    m.put("revokedKeys", revokedKeys.stream().map(k -> k.label().toLowerCase(java.util.Locale.ROOT)).toList());
    m.put("rateLimit", rateLimit);
    m.put("dailyLimits", new java.util.TreeMap<>(dailyLimits));
    m.put("emailReplyToId", replyToId);
    m.put("smsSenderId", smsSenderId);
    m.put("inboundNumber", inboundNumber);
    m.put("deliveryStatusCallbackUrl", deliveryCallback == null ? null : deliveryCallback.url());
    m.put("receivedTextCallbackUrl", receivedTextCallback == null ? null : receivedTextCallback.url());
    return m;
  }
}
