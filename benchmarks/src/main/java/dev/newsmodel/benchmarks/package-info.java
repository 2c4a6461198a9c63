/**
 * JMH benchmarks of newsmodel's read, write, validate and render paths, each beside the baseline a
 * user would otherwise pick, and the table that compares them ({@link dev.newsmodel.benchmarks.ResultsTable}).
 */
package dev.newsmodel.benchmarks;
