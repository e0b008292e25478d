// Package wml writes WordprocessingML (.docx) files: styles that Word's
// navigation pane, table of contents and table of figures recognise,
// captions with SEQ fields, a TOC field, a running header and a
// "page x of y" footer, real tables and native DrawingML charts, each backed
// by an embedded workbook so Word's "Edit Data" works.
//
// The package knows nothing of rapor's report: callers build a Document of
// Blocks and call Write. Every user string is data: it is stripped of
// characters XML 1.0 forbids and escaped; field instructions are built only
// from constants and validated labels. The output is deterministic: fixed
// part order, ids counted in document order, zip entries without times.
package wml
