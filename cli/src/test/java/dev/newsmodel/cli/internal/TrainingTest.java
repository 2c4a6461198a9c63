package dev.newsmodel.cli.internal;

import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** The class-data-sharing training run runs every command with the exit code expected of it. */
class TrainingTest {
  @Test
  void everyCommandOfTheTrainingRunGivesItsExpectedExitCode() throws Exception {
    assertTrue(Training.run());
  }
}
