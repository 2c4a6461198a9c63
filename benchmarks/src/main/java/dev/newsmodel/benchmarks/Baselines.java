package dev.newsmodel.benchmarks;

import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.cfg.DateTimeFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * The Jackson mapper of the baselines, configured as a careful team would for the article document:
 * unknown properties fail (as the document's contract says), times keep their zone on reading and
 * writing. Immutable and thread-safe, built once.
 */
final class Baselines {
  private Baselines() {}

  /** Reads and writes the POJO graph and the JsonNode tree. */
  static final JsonMapper POJO_MAPPER = JsonMapper.builder()
      .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
      .disable(DateTimeFeature.ADJUST_DATES_TO_CONTEXT_TIME_ZONE)
      .enable(DateTimeFeature.WRITE_DATES_WITH_ZONE_ID)
      .build();
}
