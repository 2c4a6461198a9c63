/**
 * The article JSON document as a plain mutable POJO graph for Jackson databind: the baseline of the
 * read and write benchmarks.
 */
package dev.newsmodel.benchmarks.pojo;
