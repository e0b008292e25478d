// Package report holds rapor's model: the configuration, the ingested
// Dataset (posts, daily series, audience, comments, monitoring cases, notes),
// problems found while reading inputs, the framework, and the computed Report
// that every output format renders.
//
// Dependency direction is one way: cmd → ingest/compute/html/xlsx → report.
// This package imports nothing of rapor's own.
package report
