// Package config reads and checks a project's rapor.yaml (SPEC §2).
//
// The file is parsed into a yaml.Node tree and walked by hand, so that every
// problem — an unknown key, a wrong type, a missing required key, a bad
// period, time zone, delimiter or glob — is reported at its exact
// rapor.yaml:line:col with a message key from templates/messages/config.yaml.
// (yaml.v3's Node.Decode ignores KnownFields and reports no columns, so it
// is not used.)
//
// The package imports time/tzdata so that time zone names resolve the same
// way on every machine.
package config
