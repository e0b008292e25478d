//go:build !windows

package main

// consoleUTF8 does nothing outside Windows: terminals there take UTF-8.
func consoleUTF8() (restore func()) { return func() {} }
